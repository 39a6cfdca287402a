package dev.roomtoken.vonage.emulator;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.roomtoken.test.EmulatorAnswer;
import dev.roomtoken.test.EmulatorEndpoint;
import dev.roomtoken.test.EmulatorEndpointContext;
import dev.roomtoken.test.EmulatorJson;
import dev.roomtoken.test.EmulatorRequest;
import dev.roomtoken.vonage.VonageTokenIssuer;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The Video API's {@code POST /session/create} on the emulator, and working Vonage credentials
 * ({@code roomtoken.vonage.application-id} and {@code private-key}, random unless fixed). A call
 * must carry an application JWT ({@code Authorization: Bearer}) signed RS256 with the
 * application's key, naming the application, not expired; its form parameters are checked as
 * Vonage documents them ({@code location} an IPv4 address, {@code p2p.preference},
 * {@code archiveMode}, {@code e2ee}, and their combinations). The answer is a JSON array of one
 * session, with status 200; errors come as {@code {"code", "message"}}
 * (<a href="https://developer.vonage.com/en/video/guides/create-session">creating a session</a>).
 * Tokens are signed in-process, so the emulator sees none. Its base URL is the emulator's.
 */
final class VonageEndpoint implements EmulatorEndpoint {

    static final String PREFIX = "roomtoken." + VonageTokenIssuer.PROVIDER + ".";

    static final String APPLICATION_ID = PREFIX + "application-id";

    private static final Set<String> PARAMETERS = Set.of("location", "p2p.preference", "archiveMode", "e2ee");

    private static final Pattern IPV4 = Pattern
        .compile("(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");

    private static final DateTimeFormatter CREATED = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final String applicationId;

    private final VonageEmulatorKey key;

    private final EmulatorEndpointContext context;

    private final Clock clock;

    VonageEndpoint(EmulatorEndpointContext context, VonageEmulatorKey key) {
        this.applicationId = context.setting(APPLICATION_ID, () -> UUID.randomUUID().toString());
        this.key = key;
        this.context = context;
        this.clock = context.clock();
    }

    @Override
    public String name() {
        return VonageTokenIssuer.PROVIDER;
    }

    @Override
    public Map<String, String> settings(URI baseUrl) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(PREFIX + "base-url", baseUrl.toString());
        settings.put(APPLICATION_ID, this.applicationId);
        settings.put(VonageEmulatorKey.PRIVATE_KEY, this.key.privateKeyPem());
        return settings;
    }

    @Override
    public boolean handles(String path) {
        return VonageTokenIssuer.SESSION_CREATE_PATH.equals(path);
    }

    @Override
    public EmulatorAnswer failure(int status) {
        return error(status, "Emulated failure (HTTP " + status + ").");
    }

    @Override
    public EmulatorAnswer answer(EmulatorRequest request) {
        if (!request.method().equals("POST")) {
            return error(405, "Use POST.");
        }
        String authentication = authenticationProblem(request.header("Authorization"));
        if (authentication != null) {
            return error(403, "Authentication failed: " + authentication);
        }
        String contentType = request.header("Content-Type");
        if (!request.body().isEmpty()
                && (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded"))) {
            return error(400, "The body must be form parameters (application/x-www-form-urlencoded).");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : request.body().isEmpty() ? List.<String>of() : List.of(request.body().split("&"))) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            if (!PARAMETERS.contains(name) || parameters.put(name, value) != null) {
                return error(400, "Unknown or repeated parameter: " + name + ".");
            }
        }
        String problem = parameterProblem(parameters);
        if (problem != null) {
            return error(400, problem);
        }
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("session_id", newSessionId());
        session.put("application_id", this.applicationId);
        session.put("create_dt", CREATED.format(this.clock.instant()));
        session.put("media_server_url", "");
        return EmulatorAnswer.json(200, EmulatorJson.write(List.of(session)));
    }

    private @Nullable String authenticationProblem(@Nullable String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return "no bearer token.";
        }
        String[] parts = authorization.substring(7).split("\\.", -1);
        if (parts.length != 3) {
            return "the bearer token is not a JWT.";
        }
        JsonNode header = json(parts[0]);
        if (header == null || !"RS256".equals(header.path("alg").asString(""))) {
            return "the JWT is not signed RS256.";
        }
        if (!verifies(parts)) {
            return "the JWT is not signed with the application's private key.";
        }
        JsonNode claims = json(parts[1]);
        if (claims == null || !this.applicationId.equals(claims.path("application_id").asString(""))) {
            return "the JWT does not name the application (application_id).";
        }
        if (!claims.path("iat").isIntegralNumber() || !claims.path("jti").isString()) {
            return "the JWT has no iat or no jti.";
        }
        if (claims.has("exp") && (!claims.get("exp").isIntegralNumber()
                || claims.get("exp").asLong() <= this.clock.instant().getEpochSecond())) {
            return "the JWT has expired.";
        }
        return null;
    }

    private boolean verifies(String[] parts) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(this.key.publicKey());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
        }
        catch (GeneralSecurityException | IllegalArgumentException ex) {
            return false;
        }
    }

    private static @Nullable JsonNode json(String base64Url) {
        try {
            JsonNode node = EmulatorJson.tree(new String(Base64.getUrlDecoder().decode(base64Url),
                    StandardCharsets.UTF_8));
            return (node != null && node.isObject()) ? node : null;
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static @Nullable String parameterProblem(Map<String, String> parameters) {
        String location = parameters.get("location");
        if (location != null && !IPV4.matcher(location).matches()) {
            return "location must be an IPv4 address.";
        }
        String p2p = parameters.get("p2p.preference");
        if (p2p != null && !p2p.equals("enabled") && !p2p.equals("disabled")) {
            return "p2p.preference must be enabled or disabled.";
        }
        boolean routed = "disabled".equals(p2p);
        String archiveMode = parameters.get("archiveMode");
        if (archiveMode != null && !archiveMode.equals("manual") && !archiveMode.equals("always")) {
            return "archiveMode must be manual or always.";
        }
        if ("always".equals(archiveMode) && !routed) {
            return "archiveMode always needs a routed session (p2p.preference=disabled).";
        }
        String e2ee = parameters.get("e2ee");
        if (e2ee != null && !e2ee.equals("true") && !e2ee.equals("false")) {
            return "e2ee must be true or false.";
        }
        if ("true".equals(e2ee) && (!routed || "always".equals(archiveMode))) {
            return "e2ee needs a routed session that is not archived always.";
        }
        return null;
    }

    private String newSessionId() {
        String parts = "1~" + this.applicationId + "~" + this.clock.millis() + "~" + this.context.randomHex(12) + "~";
        return "2_" + Base64.getUrlEncoder().withoutPadding().encodeToString(parts.getBytes(StandardCharsets.UTF_8));
    }

    private static EmulatorAnswer error(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", status);
        body.put("message", message);
        return EmulatorAnswer.json(status, EmulatorJson.write(body));
    }
}
