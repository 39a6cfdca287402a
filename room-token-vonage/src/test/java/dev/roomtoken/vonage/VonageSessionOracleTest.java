package dev.roomtoken.vonage;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.vonage.client.HttpConfig;
import com.vonage.client.VonageClient;
import com.vonage.client.video.ArchiveMode;
import com.vonage.client.video.CreateSessionRequest;
import com.vonage.client.video.CreateSessionResponse;
import com.vonage.client.video.MediaMode;
import com.vonage.client.video.VideoClient;
import dev.roomtoken.RoomTokenTemplate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.retry.RetryPolicy;

import static dev.roomtoken.vonage.VonageFixtures.APPLICATION_ID;
import static dev.roomtoken.vonage.VonageFixtures.claims;
import static dev.roomtoken.vonage.VonageFixtures.header;
import static dev.roomtoken.vonage.VonageFixtures.pem;
import static dev.roomtoken.vonage.VonageFixtures.publicKey;
import static dev.roomtoken.vonage.VonageFixtures.signatureVerifies;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our session creation against Vonage's own, {@code com.vonage:server-sdk}'s
 * {@code VideoClient.createSession}, both sent to the same loopback server: the same method, path
 * and form parameters for the same options, application JWTs with the same header and claims
 * (ours adds {@code exp}, so that a leaked one soon stops working; the SDK sets none) that the
 * public key verifies, and the same session id read from the same answer.
 */
class VonageSessionOracleTest {

    private final VonageSessionServer vonage = new VonageSessionServer();

    private final VideoClient sdk = VonageClient.builder()
        .applicationId(APPLICATION_ID)
        .privateKeyContents(pem("pkcs8.pem"))
        .httpConfig(HttpConfig.builder().videoBaseUri(this.vonage.server.baseUrl()).build())
        .build()
        .getVideoClient();

    private final VonageSessions ours = new VonageSessions(RoomTokenTemplate.builder(this.vonage.issuer().build())
        .retryPolicy(RetryPolicy.builder().maxRetries(0).delay(Duration.ofMillis(1)).build())
        .build());

    @AfterEach
    void stop() {
        this.vonage.close();
    }

    static Stream<Arguments> sessions() {
        return Stream.of(Arguments.of(null, null, null, null, "Vonage's defaults"),
                Arguments.of(VonageMediaMode.RELAYED, null, null, null, "relayed"),
                Arguments.of(VonageMediaMode.ROUTED, null, null, null, "routed"),
                Arguments.of(VonageMediaMode.ROUTED, VonageArchiveMode.ALWAYS, null, null, "archived always"),
                Arguments.of(VonageMediaMode.RELAYED, VonageArchiveMode.MANUAL, null, null, "archived manually"),
                Arguments.of(null, null, "12.34.56.78", null, "a location hint"),
                Arguments.of(VonageMediaMode.ROUTED, null, null, true, "end-to-end encrypted"),
                Arguments.of(null, null, null, false, "not end-to-end encrypted"),
                Arguments.of(VonageMediaMode.ROUTED, VonageArchiveMode.MANUAL, "255.0.0.1", true, "every option"));
    }

    @ParameterizedTest(name = "{4}")
    @MethodSource("sessions")
    void theSameCallAsTheSdk(@Nullable VonageMediaMode mediaMode, @Nullable VonageArchiveMode archiveMode,
            @Nullable String location, @Nullable Boolean e2ee, String description) throws Exception {
        CreateSessionResponse sdkSession = this.sdk.createSession(sdkRequest(mediaMode, archiveMode, location, e2ee));
        VonageSession ourSession = this.ours.createSession(VonageSessionOptions.builder()
            .mediaMode(mediaMode)
            .archiveMode(archiveMode)
            .location(location)
            .endToEndEncryption(e2ee)
            .build());

        assertThat(ourSession.sessionId()).isEqualTo(sdkSession.getSessionId());
        LoggedRequest sdkRequest = this.vonage.requests().get(0);
        LoggedRequest ourRequest = this.vonage.requests().get(1);
        assertThat(ourRequest.getMethod()).isEqualTo(sdkRequest.getMethod());
        assertThat(ourRequest.getUrl()).isEqualTo(sdkRequest.getUrl()).isEqualTo("/session/create");
        assertThat(form(ourRequest.getBodyAsString())).isEqualTo(form(sdkRequest.getBodyAsString()));
        if (!sdkRequest.getBodyAsString().isEmpty()) {
            assertThat(ourRequest.getHeader("Content-Type")).startsWith(sdkRequest.getHeader("Content-Type")
                .split(";")[0]);
        }
        String sdkJwt = bearer(sdkRequest);
        String ourJwt = bearer(ourRequest);
        assertThat(header(ourJwt)).isEqualTo(header(sdkJwt));
        Map<String, Object> ourClaims = claims(ourJwt);
        Map<String, Object> sdkClaims = claims(sdkJwt);
        assertThat(ourClaims.keySet()).containsAll(sdkClaims.keySet());
        assertThat(ourClaims).containsEntry("application_id", sdkClaims.get("application_id"));
        assertThat(ourClaims.keySet()).containsExactlyInAnyOrder("application_id", "iat", "jti", "exp");
        assertThat(signatureVerifies(ourJwt, publicKey("public.pem"))).isTrue();
        assertThat(signatureVerifies(sdkJwt, publicKey("public.pem"))).isTrue();
    }

    private static CreateSessionRequest sdkRequest(@Nullable VonageMediaMode mediaMode,
            @Nullable VonageArchiveMode archiveMode, @Nullable String location, @Nullable Boolean e2ee) {
        CreateSessionRequest.Builder builder = CreateSessionRequest.builder();
        if (mediaMode != null) {
            builder.mediaMode((mediaMode == VonageMediaMode.ROUTED) ? MediaMode.ROUTED : MediaMode.RELAYED);
        }
        if (archiveMode != null) {
            builder.archiveMode((archiveMode == VonageArchiveMode.ALWAYS) ? ArchiveMode.ALWAYS : ArchiveMode.MANUAL);
        }
        if (location != null) {
            builder.location(location);
        }
        if (e2ee != null) {
            builder.e2ee(e2ee);
        }
        return builder.build();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!body.isEmpty()) {
            for (String pair : body.split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                parameters.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static String bearer(LoggedRequest request) {
        String authorization = request.getHeader("Authorization");
        assertThat(authorization).startsWith("Bearer ");
        return authorization.substring("Bearer ".length());
    }
}
