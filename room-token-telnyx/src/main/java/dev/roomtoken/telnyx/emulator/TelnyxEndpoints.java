package dev.roomtoken.telnyx.emulator;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.roomtoken.telnyx.TelnyxTokenIssuer;
import dev.roomtoken.test.EmulatorAnswer;
import dev.roomtoken.test.EmulatorEndpoint;
import dev.roomtoken.test.EmulatorEndpointContext;
import dev.roomtoken.test.EmulatorJson;
import dev.roomtoken.test.EmulatorRequest;
import dev.roomtoken.test.TokenMinter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Telnyx's {@code POST /v2/rooms/{room_id}/actions/generate_join_client_token} (bearer API key,
 * {@code roomtoken.telnyx.api-key}, random unless fixed) and {@code .../refresh_client_token} (no
 * authorization) on the emulator: UUID rooms, the ttl bounds, 201 answers, and refresh tokens that
 * really refresh and really expire. Its base URL is the emulator's followed by {@code /v2}.
 */
final class TelnyxEndpoints implements EmulatorEndpoint {

    static final String PREFIX = "roomtoken." + TelnyxTokenIssuer.PROVIDER + ".";

    static final String API_KEY = PREFIX + "api-key";

    static final Pattern PATH = Pattern.compile("/v2/rooms/([^/]+)/actions/(generate_join_client_token|refresh_client_token)");

    private static final Pattern UUID_PATTERN = Pattern
        .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final String apiKey;

    private final String authorization;

    private final TokenMinter minter;

    private final Clock clock;

    TelnyxEndpoints(EmulatorEndpointContext context) {
        this.apiKey = context.setting(API_KEY, () -> "KEY" + context.randomHex(20));
        this.authorization = "Bearer " + this.apiKey;
        this.minter = context.tokens();
        this.clock = context.clock();
    }

    @Override
    public String name() {
        return TelnyxTokenIssuer.PROVIDER;
    }

    @Override
    public Map<String, String> settings(URI baseUrl) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(PREFIX + "base-url", baseUrl + "/v2");
        settings.put(API_KEY, this.apiKey);
        return settings;
    }

    @Override
    public boolean handles(String path) {
        return PATH.matcher(path).matches();
    }

    @Override
    public EmulatorAnswer failure(int status) {
        return error(status, String.valueOf(status), "Emulated failure", "Emulated failure (HTTP " + status + ").", null);
    }

    @Override
    public EmulatorAnswer answer(EmulatorRequest request) {
        Matcher path = PATH.matcher(request.path());
        if (!path.matches()) {
            return EmulatorAnswer.notFound();
        }
        if (!request.method().equals("POST")) {
            return error(405, "10006", "Method not allowed", "Use POST.", null);
        }
        String body = request.body();
        boolean create = path.group(2).equals("generate_join_client_token");
        if (create && !this.authorization.equals(request.header("Authorization"))) {
            return error(401, "10009", "Authentication failed", "The API key is missing or wrong.", null);
        }
        String room = path.group(1);
        if (!UUID_PATTERN.matcher(room).matches()) {
            return error(422, "10015", "Invalid value", "room_id must be a UUID.", "room_id");
        }
        JsonNode json = body.isBlank() ? EmulatorJson.tree("{}") : EmulatorJson.tree(body);
        if (json == null || !json.isObject()) {
            return error(422, "10015", "Invalid value", "The body must be a JSON object.", null);
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        Set<String> fields = create ? Set.of("token_ttl_secs", "refresh_token_ttl_secs")
                : Set.of("refresh_token", "token_ttl_secs");
        json.propertyNames().stream().filter((name) -> !fields.contains(name)).sorted()
            .forEach((name) -> errors.add(item("10015", "Invalid value", name + " is not a parameter.", name)));
        long tokenTtl = seconds(json, "token_ttl_secs", 600, 10, 3600, errors);
        if (create) {
            long refreshTtl = seconds(json, "refresh_token_ttl_secs", 3600, 60, 86400, errors);
            return errors.isEmpty() ? created(room, tokenTtl, refreshTtl) : errors(errors);
        }
        if (!json.has("refresh_token") || !json.get("refresh_token").isString()) {
            errors.add(item("10015", "Invalid value", "refresh_token is required.", "refresh_token"));
        }
        return errors.isEmpty() ? refreshed(room, json.get("refresh_token").asString(), tokenTtl) : errors(errors);
    }

    private static long seconds(JsonNode json, String field, long fallback, long min, long max,
            List<Map<String, Object>> errors) {
        JsonNode value = json.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            errors.add(item("10015", "Invalid value", field + " must be an integer from " + min + " to " + max + ".",
                    field));
            return fallback;
        }
        return value.asLong();
    }

    private EmulatorAnswer created(String room, long tokenTtl, long refreshTtl) {
        Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant refreshExpires = now.plusSeconds(refreshTtl);
        Map<String, Object> data = token(room, now, tokenTtl);
        data.put("refresh_token", this.minter.mint(claims("refresh", room, now, refreshExpires)));
        data.put("refresh_token_expires_at", refreshExpires.toString());
        return EmulatorAnswer.json(201, EmulatorJson.write(Map.of("data", data)));
    }

    private EmulatorAnswer refreshed(String room, String refreshToken, long tokenTtl) {
        Map<String, Object> claims = this.minter.verify(refreshToken);
        Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (claims == null || !"refresh".equals(claims.get("typ")) || !room.equalsIgnoreCase((String) claims.get("room_id"))) {
            return error(403, "10010", "Forbidden", "The refresh token is not valid for this room.", "refresh_token");
        }
        if (!(claims.get("exp") instanceof Number expiry) || expiry.longValue() <= now.getEpochSecond()) {
            return error(403, "10010", "Forbidden", "The refresh token has expired.", "refresh_token");
        }
        return EmulatorAnswer.json(201, EmulatorJson.write(Map.of("data", token(room, now, tokenTtl))));
    }

    private Map<String, Object> token(String room, Instant now, long ttl) {
        Instant expires = now.plusSeconds(ttl);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("token", this.minter.mint(claims("access", room, now, expires)));
        data.put("token_expires_at", expires.toString());
        return data;
    }

    private static Map<String, Object> claims(String type, String room, Instant now, Instant expires) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "roomtoken-emulator");
        claims.put("provider", TelnyxTokenIssuer.PROVIDER);
        claims.put("typ", type);
        claims.put("room_id", room);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", expires.getEpochSecond());
        return claims;
    }

    private static Map<String, Object> item(String code, String title, String detail, @Nullable String source) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("title", title);
        item.put("detail", detail);
        if (source != null) {
            item.put("source", Map.of("pointer", "/" + source));
        }
        return item;
    }

    private static EmulatorAnswer error(int status, String code, String title, String detail, @Nullable String source) {
        return EmulatorAnswer.json(status, EmulatorJson.write(Map.of("errors", List.of(item(code, title, detail, source)))));
    }

    private static EmulatorAnswer errors(List<Map<String, Object>> errors) {
        return EmulatorAnswer.json(422, EmulatorJson.write(Map.of("errors", errors)));
    }
}
