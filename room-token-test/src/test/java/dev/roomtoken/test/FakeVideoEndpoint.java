package dev.roomtoken.test;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A provider's endpoint as small as the SPI allows, for this module's tests, which have no provider
 * module: {@code POST /fakevideo/v1/tokens} with a bearer key ({@code roomtoken.fakevideo.api-key}),
 * a body {@code {"room":"..."}} whose room is lower-case letters, digits and hyphens, 200
 * {@code {"token":"..."}}, and errors shaped {@code {"problem":{"status","detail"}}}.
 */
final class FakeVideoEndpoint implements EmulatorEndpoint {

    static final String PATH = "/fakevideo/v1/tokens";

    static final String API_KEY = "roomtoken.fakevideo.api-key";

    private final String apiKey;

    private final TokenMinter tokens;

    private final EmulatorEndpointContext context;

    FakeVideoEndpoint(EmulatorEndpointContext context) {
        this.apiKey = context.setting(API_KEY, () -> "FK" + context.randomHex(16));
        this.tokens = context.tokens();
        this.context = context;
    }

    /** The header the emulator's fake endpoint accepts. */
    static String bearer(RoomTokenEmulator emulator) {
        return "Bearer " + emulator.setting(API_KEY);
    }

    @Override
    public String name() {
        return "fakevideo";
    }

    @Override
    public boolean handles(String path) {
        return path.startsWith("/fakevideo/");
    }

    @Override
    public EmulatorAnswer answer(EmulatorRequest request) {
        if (!request.path().equals(PATH) || !request.method().equals("POST")) {
            return EmulatorAnswer.notFound();
        }
        if (!("Bearer " + this.apiKey).equals(request.header("Authorization"))) {
            return problem(401, "bad key");
        }
        JsonNode json = EmulatorJson.tree(request.body());
        if (json == null || !json.has("room") || !json.get("room").asString().matches("[a-z0-9-]+")) {
            return problem(422, "room must be lower-case letters, digits and hyphens");
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("provider", name());
        claims.put("room", json.get("room").asString());
        claims.put("iat", this.context.clock().instant().getEpochSecond());
        return EmulatorAnswer.json(200, EmulatorJson.write(Map.of("token", this.tokens.mint(claims))));
    }

    @Override
    public EmulatorAnswer failure(int status) {
        return problem(status, "Emulated failure");
    }

    @Override
    public Map<String, String> settings(URI baseUrl) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("roomtoken.fakevideo.base-url", baseUrl + "/fakevideo/v1");
        settings.put(API_KEY, this.apiKey);
        return settings;
    }

    private static EmulatorAnswer problem(int status, String detail) {
        return EmulatorAnswer.json(status, EmulatorJson.write(Map.of("problem", Map.of("status", status, "detail", detail))));
    }

    /** Registered in this module's test {@code META-INF/spring.factories}. */
    static final class Factory implements EmulatorEndpointFactory {

        @Override
        public EmulatorEndpoint create(EmulatorEndpointContext context) {
            return new FakeVideoEndpoint(context);
        }
    }
}
