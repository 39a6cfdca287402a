package dev.roomtoken.signalwire.emulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.roomtoken.signalwire.SignalWireTokenIssuer;
import dev.roomtoken.test.EmulatorAnswer;
import dev.roomtoken.test.EmulatorEndpoint;
import dev.roomtoken.test.EmulatorEndpointContext;
import dev.roomtoken.test.EmulatorJson;
import dev.roomtoken.test.EmulatorRequest;
import dev.roomtoken.test.TokenMinter;
import tools.jackson.databind.JsonNode;

/**
 * SignalWire's {@code POST /api/video/room_tokens} on the emulator: HTTP Basic with the project id
 * and API token ({@code roomtoken.signalwire.project-id} and {@code api-token}, random unless fixed),
 * the API document's rules, and a JWT-shaped token whose claims carry the effective settings.
 */
final class SignalWireEndpoint implements EmulatorEndpoint {

    static final String PREFIX = "roomtoken." + SignalWireTokenIssuer.PROVIDER + ".";

    static final String PROJECT_ID = PREFIX + "project-id";

    static final String API_TOKEN = PREFIX + "api-token";

    static final String PATH = "/api/video/room_tokens";

    static final List<String> DEFAULT_PERMISSIONS = List.of("room.self.audio_mute", "room.self.audio_unmute",
            "room.self.video_mute", "room.self.video_unmute", "room.self.deaf", "room.self.undeaf",
            "room.self.set_input_volume", "room.self.set_output_volume", "room.self.set_input_sensitivity",
            "room.self.screenshare", "room.self.additional_source");

    private static final Map<String, Boolean> BOOLEAN_DEFAULTS = Map.of("join_audio_muted", false, "join_video_muted",
            false, "auto_create_room", true, "enable_room_previews", false, "end_room_session_on_leave", false,
            "sync_audio_video", false);

    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final String projectId;

    private final String apiToken;

    private final String authorization;

    private final TokenMinter minter;

    private final Clock clock;

    private final SecureRandom random = new SecureRandom();

    SignalWireEndpoint(EmulatorEndpointContext context) {
        this.projectId = context.setting(PROJECT_ID, () -> UUID.randomUUID().toString());
        this.apiToken = context.setting(API_TOKEN, () -> "PT" + context.randomHex(20));
        this.authorization = "Basic " + Base64.getEncoder()
            .encodeToString((this.projectId + ":" + this.apiToken).getBytes(StandardCharsets.UTF_8));
        this.minter = context.tokens();
        this.clock = context.clock();
    }

    @Override
    public String name() {
        return SignalWireTokenIssuer.PROVIDER;
    }

    @Override
    public Map<String, String> settings(URI baseUrl) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(PREFIX + "base-url", baseUrl.toString());
        settings.put(PROJECT_ID, this.projectId);
        settings.put(API_TOKEN, this.apiToken);
        return settings;
    }

    @Override
    public boolean handles(String path) {
        return path.equals(PATH);
    }

    @Override
    public EmulatorAnswer answer(EmulatorRequest request) {
        if (!request.method().equals("POST")) {
            return EmulatorAnswer.notFound();
        }
        if (!this.authorization.equals(request.header("Authorization"))) {
            return EmulatorAnswer.json(401, "{\"error\":\"Unauthorized\"}");
        }
        JsonNode json = EmulatorJson.tree(request.body());
        if (json == null || !json.isObject()) {
            return errors(List.of(Map.of("type", "validation_error", "code", "invalid_body", "message",
                    "the body must be a JSON object", "url", SignalWireRules.ERROR_CODES_URL)));
        }
        List<Map<String, Object>> errors = SignalWireRules.check(json);
        if (!errors.isEmpty()) {
            return errors(errors);
        }
        return EmulatorAnswer.json(200, EmulatorJson.write(Map.of("token", this.minter.mint(claims(json)))));
    }

    private Map<String, Object> claims(JsonNode json) {
        Map<String, Object> claims = new LinkedHashMap<>();
        Instant now = this.clock.instant();
        claims.put("iss", "roomtoken-emulator");
        claims.put("provider", SignalWireTokenIssuer.PROVIDER);
        claims.put("iat", now.getEpochSecond());
        claims.put("room_name", json.get("room_name").asString());
        claims.put("user_name", json.has("user_name") ? json.get("user_name").asString() : randomName());
        boolean audience = json.has("join_as") && json.get("join_as").asString().equals("audience");
        claims.put("join_as", json.has("join_as") ? json.get("join_as").asString() : "member");
        claims.put("permissions", audience ? List.of()
                : json.has("permissions") ? json.get("permissions").valueStream().map(JsonNode::asString).toList()
                        : DEFAULT_PERMISSIONS);
        BOOLEAN_DEFAULTS.forEach((name, fallback) -> claims.put(name,
                json.has(name) ? json.get(name).asBoolean() : fallback));
        for (String field : List.of("media_allowed", "room_display_name", "join_from", "join_until", "remove_at")) {
            if (json.has(field)) {
                claims.put(field, json.get(field).asString());
            }
        }
        if (json.has("join_until")) {
            Instant joinUntil = SignalWireRules.parse(json.get("join_until").asString());
            if (joinUntil != null) {
                claims.put("exp", joinUntil.getEpochSecond());
            }
        }
        for (String field : List.of("remove_after_seconds_elapsed", "room_meta", "meta")) {
            if (json.has(field)) {
                claims.put(field, json.get(field));
            }
        }
        return claims;
    }

    private String randomName() {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            name.append(ALPHANUMERIC.charAt(this.random.nextInt(ALPHANUMERIC.length())));
        }
        return name.toString();
    }

    @Override
    public EmulatorAnswer failure(int status) {
        return EmulatorAnswer.json(status, EmulatorJson.write(Map.of("errors", List.of(Map.of("type", "emulated_failure",
                "code", "emulated_failure", "message", "Emulated failure (HTTP " + status + ")", "url",
                SignalWireRules.ERROR_CODES_URL)))));
    }

    private static EmulatorAnswer errors(List<? extends Map<String, ?>> errors) {
        return EmulatorAnswer.json(422, EmulatorJson.write(Map.of("errors", errors)));
    }
}
