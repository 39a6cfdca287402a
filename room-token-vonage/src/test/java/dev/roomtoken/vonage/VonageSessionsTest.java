package dev.roomtoken.vonage;

import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.RoomTokenUnavailableException;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.retry.RetryPolicy;

import static dev.roomtoken.vonage.VonageFixtures.APPLICATION_ID;
import static dev.roomtoken.vonage.VonageFixtures.JTI;
import static dev.roomtoken.vonage.VonageFixtures.NOW;
import static dev.roomtoken.vonage.VonageFixtures.claims;
import static dev.roomtoken.vonage.VonageFixtures.header;
import static dev.roomtoken.vonage.VonageFixtures.publicKey;
import static dev.roomtoken.vonage.VonageFixtures.signatureVerifies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * {@link VonageSessions} against a Video API on loopback: the request Vonage documents (form
 * parameters, an application JWT that the public key verifies), the session id read from the
 * answer, Vonage's errors, the template's retries and observation, and nothing secret in what a
 * failure says.
 */
class VonageSessionsTest {

    private final VonageSessionServer vonage = new VonageSessionServer();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final ObservationRegistry observations = ObservationRegistry.create();

    VonageSessionsTest() {
        this.observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
    }

    @AfterEach
    void stop() {
        this.vonage.close();
    }

    @Test
    void aDefaultSessionIsAnEmptyFormPostThatAnApplicationJwtAuthenticates() throws Exception {
        VonageSession session = sessions(2).createSession();

        assertThat(session.sessionId()).isEqualTo(VonageSessionServer.CREATED_SESSION);
        LoggedRequest request = this.vonage.onlyRequest();
        assertThat(request.getBodyAsString()).isEmpty();
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
        String authorization = request.getHeader("Authorization");
        assertThat(authorization).startsWith("Bearer ");
        String jwt = authorization.substring("Bearer ".length());
        assertThat(signatureVerifies(jwt, publicKey("public.pem"))).isTrue();
        assertThat(signatureVerifies(jwt, publicKey("other-public.pem"))).isFalse();
        assertThat(header(jwt)).isEqualTo(Map.of("alg", "RS256", "typ", "JWT"));
        assertThat(claims(jwt)).isEqualTo(Map.of("application_id", APPLICATION_ID, "iat",
                (int) NOW.getEpochSecond(), "exp", (int) NOW.plusSeconds(300).getEpochSecond(), "jti", JTI));
    }

    @Test
    void everyOptionIsAFormParameterAsVonageNamesIt() {
        sessions(2).createSession(VonageSessionOptions.builder()
            .location("12.34.56.78")
            .mediaMode(VonageMediaMode.ROUTED)
            .archiveMode(VonageArchiveMode.MANUAL)
            .endToEndEncryption(true)
            .build());

        assertThat(this.vonage.onlyRequest().getBodyAsString())
            .isEqualTo("location=12.34.56.78&p2p.preference=disabled&archiveMode=manual&e2ee=true");
    }

    @Test
    void aRelayedSessionPrefersPeerToPeer() {
        sessions(2).createSession(VonageSessionOptions.builder().mediaMode(VonageMediaMode.RELAYED).build());

        assertThat(this.vonage.onlyRequest().getBodyAsString()).isEqualTo("p2p.preference=enabled");
    }

    @Test
    void aServiceUnavailableAnswerIsRetriedAndTheCallObservedAsASessionCreation() {
        this.vonage.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/session/create")
            .inScenario("busy")
            .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
            .willReturn(VonageSessionServer.json(503, "{\"code\":503,\"message\":\"Service Unavailable\"}"))
            .willSetStateTo("ready"));
        this.vonage.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/session/create")
            .inScenario("busy")
            .whenScenarioStateIs("ready")
            .willReturn(VonageSessionServer.json(200, "[{\"session_id\":\"2_MX4retried\"}]")));

        assertThat(sessions(2).createSession().sessionId()).isEqualTo("2_MX4retried");
        assertThat(this.vonage.requests()).hasSize(2);
        assertThat(Tags.of(this.meters.get("roomtoken.requests").timer().getId().getTags()))
            .contains(io.micrometer.core.instrument.Tag.of("roomtoken.provider", "vonage"),
                    io.micrometer.core.instrument.Tag.of("roomtoken.operation", "create-session"),
                    io.micrometer.core.instrument.Tag.of("roomtoken.issuance", "exchange"),
                    io.micrometer.core.instrument.Tag.of("outcome", "success"),
                    io.micrometer.core.instrument.Tag.of("status", "200"));
    }

    @Test
    void aConnectionResetIsRetriedThenUnavailable() {
        this.vonage.answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        RoomTokenUnavailableException ex = catchThrowableOfType(RoomTokenUnavailableException.class,
                () -> sessions(1).createSession());

        assertThat(ex.attempts()).isEqualTo(2);
        assertThat(this.vonage.requests()).hasSize(2);
    }

    @Test
    void vonagesRefusalKeepsItsCodeAndMessageAndIsNotRetried() {
        this.vonage.answer(VonageSessionServer.json(403,
                "{\"code\":403,\"message\":\"Authentication failed\",\"description\":\"Invalid JWT\"}"));

        RoomTokenProviderException ex = catchThrowableOfType(RoomTokenProviderException.class,
                () -> sessions(2).createSession());

        assertThat(ex.statusCode()).isEqualTo(403);
        assertThat(ex.errorCode()).isEqualTo("403");
        assertThat(ex.providerMessage()).isEqualTo("Authentication failed: Invalid JWT");
        assertThat(ex.attempts()).isEqualTo(1);
        assertThat(this.vonage.requests()).hasSize(1);
    }

    @Test
    void aProblemDetailsAnswerIsReadToo() {
        this.vonage.answer(VonageSessionServer.json(400, "{\"type\":\"https://developer.vonage.com/api-errors\","
                + "\"title\":\"Bad Request\",\"detail\":\"location is invalid\"}"));

        RoomTokenProviderException ex = catchThrowableOfType(RoomTokenProviderException.class,
                () -> sessions(2).createSession());

        assertThat(ex.providerMessage()).isEqualTo("Bad Request: location is invalid");
        assertThat(ex.errorCode()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "[]", "[{}]", "{\"session_id\":\"2_MX4abc\"}", "[{\"session_id\":42}]",
            "[{\"session_id\":\"not a session\"}]", "[{\"session_id\":\"\"}]", "<html>busy</html>", "[null]" })
    void anAnswerWithoutASessionIdIsRefusedAndNotRetried(String body) {
        this.vonage.answer(VonageSessionServer.json(200, body));

        RoomTokenProviderException ex = catchThrowableOfType(RoomTokenProviderException.class,
                () -> sessions(2).createSession());

        assertThat(ex.isRetryable()).isFalse();
        assertThat(ex.getMessage()).contains("not a created session");
        assertThat(this.vonage.requests()).hasSize(1);
    }

    @Test
    void aSessionIdLongerThanAnyVonageMakesIsRefused() {
        this.vonage.answer(VonageSessionServer.json(200, "[{\"session_id\":\"2_" + "A".repeat(600) + "\"}]"));

        assertThat(catchThrowableOfType(RoomTokenProviderException.class, () -> sessions(2).createSession())
            .getMessage()).contains("'session_id' is not a Vonage session id");
    }

    @Test
    void aRedirectIsNotFollowedSoTheJwtStaysWithTheConfiguredOrigin() {
        this.vonage.answer(aResponse().withStatus(307).withHeader("Location", "https://elsewhere.example/session/create"));

        RoomTokenProviderException ex = catchThrowableOfType(RoomTokenProviderException.class,
                () -> sessions(2).createSession());

        assertThat(ex.getMessage()).contains("redirect");
        assertThat(this.vonage.requests()).hasSize(1);
    }

    @Test
    void anEchoedJwtOrKeyNeverReachesTheException() {
        this.vonage.answer(VonageSessionServer.json(401, "{\"code\":401,\"message\":\"{{request.headers.Authorization}}\"}")
            .withTransformers("response-template"));

        RoomTokenProviderException ex = catchThrowableOfType(RoomTokenProviderException.class,
                () -> sessions(2).createSession());

        String jwt = this.vonage.onlyRequest().getHeader("Authorization").substring("Bearer ".length());
        assertThat(ex.providerMessage()).isNotNull().doesNotContain(jwt).contains("******");
        assertThat(ex.getMessage()).doesNotContain(jwt).doesNotContain("PRIVATE KEY");
        assertThat(ex.toString()).doesNotContain(jwt);
    }

    @Test
    void eachAttemptSignsAFreshApplicationJwt() {
        this.vonage.answer(VonageSessionServer.json(500, "{\"code\":500,\"message\":\"Internal error\"}"));

        catchThrowableOfType(RoomTokenUnavailableException.class, () -> sessions(1).createSession());

        assertThat(this.vonage.requests()).hasSize(2)
            .allSatisfy((request) -> assertThat(request.getHeader("Authorization")).startsWith("Bearer ey"));
    }

    @Test
    void onlyAVonageTemplateCreatesSessions() {
        RoomTokenIssuer other = new RoomTokenIssuer() {

            @Override
            public String provider() {
                return "daily";
            }

            @Override
            public dev.roomtoken.Issuance prepareCreate(dev.roomtoken.RoomTokenRequest request) {
                throw new UnsupportedOperationException();
            }
        };

        assertThatIllegalArgumentException().isThrownBy(() -> new VonageSessions(new RoomTokenTemplate(other)))
            .withMessage("The template mints daily tokens; Vonage sessions need the template of a VonageTokenIssuer");
    }

    @Test
    void theSessionClientSaysWhatItIsWithoutTheKey() {
        assertThat(sessions(0)).hasToString("VonageSessions[VonageTokenIssuer[applicationId=" + APPLICATION_ID
                + ", tokenTtl=PT24H, defaults=VonageTokenOptions[role=null, connectionData=null, "
                + "initialLayoutClassList=null]]]");
    }

    private VonageSessions sessions(int maxRetries) {
        return new VonageSessions(RoomTokenTemplate.builder(this.vonage.issuer().build())
            .retryPolicy(RetryPolicy.builder().maxRetries(maxRetries).delay(Duration.ofMillis(1)).build())
            .observationRegistry(this.observations)
            .build());
    }
}
