package dev.roomtoken.daily;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signing.DecodedJwt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.roomtoken.daily.DailyTestServer.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Daily publishes no Java server SDK, so the oracle is Daily's documentation: each test names the
 * page whose example it reproduces.
 */
class DailyDocumentationExamplesTest {

    private final DailyTestServer daily = new DailyTestServer();

    @AfterEach
    void stop() {
        this.daily.close();
    }

    /**
     * https://docs.daily.co/guides/privacy-and-security/meeting-tokens, "An example JWT": a
     * self-signed token for room "hello" with nbf, exp, is_owner, enable_screenshare and
     * enable_recording "local". Ours for the same properties has the same header and the same claims.
     */
    @Test
    void theMeetingTokensGuidesExampleJwtIsOursForTheSameProperties() {
        String example = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJuYmYiOjE1NDg3MjE1NjksImV4cCI6MTg2NDA4MTUzOCwiciI6ImhlbGxvIiwibyI6"
                + "dHJ1ZSwic3MiOnRydWUsImVyIjoibG9jYWwiLCJkIjoiMjVkZjUwNTctZWYwZC00ZDk3LWJkZTYtMGNmMjg3Mjc2Y2JiIiwiaWF0IjoxNTQ4"
                + "NzIxODMxfQ.mvVciAengBR4xCblhFpo4mKYftQv1skYO4Y6IKr9Zgo";
        DailyTokenIssuer issuer = this.daily.rest()
            .selfSigned(true)
            .domainId("25df5057-ef0d-4d97-bde6-0cf287276cbb")
            .clock(Clock.fixed(Instant.ofEpochSecond(1548721831), ZoneOffset.UTC))
            .build();

        RoomToken token = sign(issuer, RoomTokenRequest.forRoom("hello")
            .options(DailyTokenOptions.builder()
                .notBefore(Instant.ofEpochSecond(1548721569))
                .expiresAt(Instant.ofEpochSecond(1864081538))
                .owner(true)
                .enableScreenshare(true)
                .enableRecording(DailyRecording.LOCAL)
                .build())
            .build());

        DecodedJwt ours = DecodedJwt.of(token.token());
        assertThat(ours.claims()).isEqualTo(DecodedJwt.of(example).claims());
        assertThat(ours.header()).isEqualTo(DecodedJwt.of(example).header());
        assertThat(token.token()).startsWith(example.substring(0, example.indexOf('.') + 1));
        assertThat(ours.isSignedWith(API_KEY)).isTrue();
        assertThat(token.expiresAt()).isEqualTo(Instant.ofEpochSecond(1864081538));
    }

    /**
     * https://docs.daily.co/reference/rest-api/meeting-tokens/self-signing-tokens: "the payload
     * include a room name ("r"), the current time ("iat"), and the domain_id ("d") like: { "r":
     * "test", "iat": 1610596413, "d": "30f866c3-9123-452a-8723-ff58322d09c5"}". Ours adds the
     * expiry Daily recommends on every token.
     */
    @Test
    void theSelfSigningPagesExamplePayloadIsOursWithTheRecommendedExpiry() {
        DailyTokenIssuer issuer = this.daily.selfSigned()
            .clock(Clock.fixed(Instant.ofEpochSecond(1610596413), ZoneOffset.UTC))
            .build();

        Map<String, Object> claims = DecodedJwt.of(sign(issuer, RoomTokenRequest.forRoom("test").build()).token())
            .claims();

        Map<String, Object> expected = new LinkedHashMap<>(DecodedJwt
            .json("{ \"r\": \"test\", \"iat\": 1610596413, \"d\": \"30f866c3-9123-452a-8723-ff58322d09c5\"}"));
        expected.put("exp", 1610596413 + 3600);
        assertThat(claims).isEqualTo(expected);
    }

    /**
     * https://docs.daily.co/reference/rest-api/meeting-tokens, "example meeting token object": the
     * properties a REST request sends for the same token.
     */
    @Test
    void theMeetingTokenObjectExampleIsTheRestBodyForTheSameRequest() {
        DailyTokenIssuer issuer = this.daily.rest()
            .clock(Clock.fixed(Instant.ofEpochSecond(1548633621).minus(Duration.ofHours(1)), ZoneOffset.UTC))
            .build();

        sendThroughExchange(issuer, RoomTokenRequest.forRoom("hello")
            .displayName("A. User")
            .options(DailyTokenOptions.builder()
                .expiresAt(Instant.ofEpochSecond(1548633621))
                .owner(true)
                .closeTabOnExit(true)
                .enableRecording(DailyRecording.CLOUD)
                .startVideoOff(true)
                .build())
            .build());

        assertThat(this.daily.sentProperties()).isEqualTo(DecodedJwt.json("""
                {
                  "exp": 1548633621,
                  "room_name": "hello",
                  "user_name": "A. User",
                  "is_owner": true,
                  "close_tab_on_exit": true,
                  "enable_recording": "cloud",
                  "start_video_off": true
                }"""));
    }

    /**
     * https://docs.daily.co/reference/rest-api/meeting-tokens/create-meeting-token: POST
     * /meeting-tokens, bearer authentication, a JSON body.
     */
    @Test
    void theRequestIsAPostOfJsonWithTheApiKeyAsABearerToken() {
        sendThroughExchange(this.daily.rest().build(), RoomTokenRequest.forRoom("hello").build());

        var request = this.daily.onlyRequest();
        assertThat(request.getMethod().value()).isEqualTo("POST");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    }

    private static RoomToken sign(DailyTokenIssuer issuer, RoomTokenRequest request) {
        return ((dev.roomtoken.Issuance.Signing) issuer.prepareCreate(request)).sign();
    }

    private static RoomToken sendThroughExchange(DailyTokenIssuer issuer, RoomTokenRequest request) {
        return ((dev.roomtoken.Issuance.Exchange) issuer.prepareCreate(request)).send().token();
    }
}
