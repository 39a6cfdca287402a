package dev.roomtoken.daily.emulator;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import dev.roomtoken.daily.DailyTokenIssuer;
import dev.roomtoken.test.EmulatorAnswer;
import dev.roomtoken.test.EmulatorEndpoint;
import dev.roomtoken.test.EmulatorEndpointContext;
import dev.roomtoken.test.EmulatorJson;
import dev.roomtoken.test.EmulatorRequest;
import dev.roomtoken.test.TokenMinter;
import tools.jackson.databind.JsonNode;

/**
 * Daily's {@code POST /v1/meeting-tokens} on the emulator (bearer API key,
 * {@code roomtoken.daily.api-key}, random unless fixed): the body {@code {"properties": {...}}}, a
 * room name of Daily's characters, an expiry in the future, and the answer {@code {"token": ...}}
 * with status 200, whose claims are the properties sent plus {@code iat}. Errors come in Daily's
 * shape, {@code {"error": ..., "info": ...}}
 * (<a href="https://docs.daily.co/reference/rest-api/meeting-tokens/create-meeting-token">create meeting token</a>).
 * Its base URL is the emulator's followed by {@code /v1}. Its settings also name a domain
 * ({@code roomtoken.daily.domain-name}, {@value #DEFAULT_DOMAIN_NAME} unless fixed), so tokens carry
 * the {@code roomUrl} join detail that an application configured for Daily gives its clients.
 */
final class DailyEndpoint implements EmulatorEndpoint {

    static final String PREFIX = "roomtoken." + DailyTokenIssuer.PROVIDER + ".";

    static final String API_KEY = PREFIX + "api-key";

    static final String DOMAIN_NAME = PREFIX + "domain-name";

    static final String DEFAULT_DOMAIN_NAME = "room-token-emulator";

    static final String PATH = "/v1/meeting-tokens";

    private static final Pattern ROOM_NAME = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final String apiKey;

    private final String domainName;

    private final TokenMinter minter;

    private final Clock clock;

    DailyEndpoint(EmulatorEndpointContext context) {
        this.apiKey = context.setting(API_KEY, () -> context.randomHex(32));
        this.domainName = context.setting(DOMAIN_NAME, () -> DEFAULT_DOMAIN_NAME);
        this.minter = context.tokens();
        this.clock = context.clock();
    }

    @Override
    public String name() {
        return DailyTokenIssuer.PROVIDER;
    }

    @Override
    public Map<String, String> settings(URI baseUrl) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(PREFIX + "base-url", baseUrl + "/v1");
        settings.put(API_KEY, this.apiKey);
        settings.put(DOMAIN_NAME, this.domainName);
        return settings;
    }

    @Override
    public boolean handles(String path) {
        return PATH.equals(path);
    }

    @Override
    public EmulatorAnswer failure(int status) {
        return error(status, (status >= 500) ? "server-error" : "invalid-request-error",
                "Emulated failure (HTTP " + status + ").");
    }

    @Override
    public EmulatorAnswer answer(EmulatorRequest request) {
        if (!request.method().equals("POST")) {
            return error(405, "invalid-request-error", "Use POST.");
        }
        if (!("Bearer " + this.apiKey).equals(request.header("Authorization"))) {
            return error(401, "authentication-error", "The API key is missing or wrong.");
        }
        JsonNode json = request.body().isBlank() ? null : EmulatorJson.tree(request.body());
        if (json == null || !json.isObject() || (json.has("properties") && !json.get("properties").isObject())) {
            return error(400, "invalid-request-error", "The body must be a JSON object with an object 'properties'.");
        }
        JsonNode properties = json.has("properties") ? json.get("properties") : EmulatorJson.tree("{}");
        if (properties == null) {
            return error(400, "invalid-request-error", "The body must be a JSON object.");
        }
        JsonNode room = properties.get("room_name");
        if (room != null && (!room.isString() || !ROOM_NAME.matcher(room.asString()).matches())) {
            return error(400, "invalid-request-error", "room_name must be 1 to 128 of A-Z, a-z, 0-9, '-' and '_'.");
        }
        long now = this.clock.instant().getEpochSecond();
        JsonNode exp = properties.get("exp");
        if (exp != null && (!exp.isIntegralNumber() || exp.asLong() <= now)) {
            return error(400, "invalid-request-error", "exp must be a unix timestamp in the future.");
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        properties.propertyNames().forEach((name) -> claims.put(name, plain(properties.get(name))));
        claims.put("iat", now);
        return EmulatorAnswer.json(200, EmulatorJson.write(Map.of("token", this.minter.mint(claims))));
    }

    /** A property's value as the JSON reader gives it: a string, number, boolean or nested tree. */
    private static Object plain(JsonNode value) {
        if (value.isString()) {
            return value.asString();
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        return value;
    }

    private static EmulatorAnswer error(int status, String error, String info) {
        return EmulatorAnswer.json(status, EmulatorJson.write(Map.of("error", error, "info", info)));
    }
}
