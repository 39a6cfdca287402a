package dev.roomtoken.zoom;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signing.DecodedJwt;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zoom publishes no Java server SDK, so the oracle is Zoom's own documentation and sample: each
 * test names the page it checks a token against.
 */
class ZoomDocumentationExamplesTest {

    private static final String SECRET = "zoom-video-sdk-secret-0123456789";

    /**
     * The example answer of Zoom's auth endpoint sample
     * (https://github.com/zoom/videosdk-auth-endpoint-sample#example-request): the token it
     * returns for {"sessionName":"Cool Cars","sessionKey":"session123","userIdentity":"user123"},
     * signed with a secret the README does not give.
     */
    private static final String SAMPLE_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhcHBfa2V5IjoiVklERU9fU0RLX0tFWSIsImlhdCI6"
            + "MTY0NjI0ODc5NiwiZXhwIjoxNjQ2MjU1OTk2LCJ0cGMiOiJDb29sIENhcnMiLCJ1c2VyX2lkZW50aXR5IjoidXNlcjEyMyIsInNlc3Npb25f"
            + "a2V5Ijoic2Vzc2lvbjEyMyIsInJvbGVfdHlwZSI6MH0.Y6C65mZUxTZFeGiOI6oW5q2UkIXe3nLTK0MVNkfiJ9c";

    @Test
    void theSampleEndpointsExampleTokenIsOursForTheSameRequestWithTheRequiredVersionClaimAdded() {
        DecodedJwt sample = DecodedJwt.of(SAMPLE_TOKEN);
        ZoomTokenIssuer issuer = ZoomTokenIssuer.builder()
            .sdkKey("VIDEO_SDK_KEY")
            .sdkSecret(SECRET)
            .identityClaim(ZoomIdentityClaim.USER_IDENTITY)
            .clock(new CountingClock(Instant.ofEpochSecond(1646248796)))
            .build();

        RoomToken token = issuer.prepareCreate(RoomTokenRequest.forRoom("Cool Cars")
            .identity("user123")
            .options(ZoomTokenOptions.builder().sessionKey("session123").build())
            .build()).sign();

        DecodedJwt ours = DecodedJwt.of(token.token());
        Map<String, Object> expected = new LinkedHashMap<>(sample.claims());
        expected.put("version", 1);
        assertThat(ours.claims()).isEqualTo(expected);
        assertThat(ours.header()).isEqualTo(sample.header());
        assertThat(token.token()).startsWith(SAMPLE_TOKEN.substring(0, SAMPLE_TOKEN.indexOf('.') + 1));
        assertThat(ours.isSignedWith(SECRET)).isTrue();
        assertThat(token.expiresAt()).isEqualTo(Instant.ofEpochSecond(1646255996));
    }

    /** https://developers.zoom.us/docs/video-sdk/auth/#header: "alg" HS256, "typ" JWT. */
    @Test
    void theHeaderIsTheOneTheAuthorizationPageShows() {
        DecodedJwt token = DecodedJwt.of(issuer().prepareCreate(RoomTokenRequest.forRoom("standup").build()).sign().token());

        assertThat(token.header()).isEqualTo(DecodedJwt.json("{\"alg\": \"HS256\", \"typ\": \"JWT\"}"));
        assertThat(token.header()).containsOnlyKeys("alg", "typ");
    }

    /**
     * https://developers.zoom.us/docs/video-sdk/auth/#payload: app_key, role_type (a number),
     * tpc, version 1, iat and exp are required; the optional claims are left out when unset.
     */
    @Test
    void aMinimalTokenCarriesExactlyTheRequiredClaims() {
        DecodedJwt token = DecodedJwt.of(issuer().prepareCreate(RoomTokenRequest.forRoom("standup").build()).sign().token());

        assertThat(token.claims()).isEqualTo(DecodedJwt.json("""
                {"app_key": "key-1", "role_type": 0, "tpc": "standup", "version": 1,
                 "iat": 1800000000, "exp": 1800007200}"""));
        assertThat(token.claims().get("role_type")).isInstanceOf(Integer.class);
    }

    /**
     * https://developers.zoom.us/docs/video-sdk/auth/#payload: exp "must be ≥ 1800 seconds after
     * iat and ≤ 48 hours after iat"; both ends are taken as they are.
     */
    @Test
    void theLifetimeBoundsAreTheDocumentedOnes() {
        for (long seconds : new long[] { 1800, 172_800 }) {
            DecodedJwt token = DecodedJwt.of(issuer().prepareCreate(
                    RoomTokenRequest.forRoom("standup").ttl(Duration.ofSeconds(seconds)).build()).sign().token());

            assertThat(((Number) token.claims().get("exp")).longValue()
                    - ((Number) token.claims().get("iat")).longValue()).isEqualTo(seconds);
        }
    }

    /**
     * https://developers.zoom.us/docs/video-sdk/auth/#payload: "Supports alphanumeric characters,
     * spaces, and standard visible symbols (!, #, $, %, &, (, ), +, -, :, ;, <, =, ., >, ?, @, [,
     * ], ^, _, {, }, |, ~, ,, \)", at most 200 characters.
     */
    @Test
    void everyDocumentedSessionNameCharacterIsSignedAsItIs() {
        String everything = "Az09 !#$%&()+-:;<=.>?@[]^_{}|~,\\";

        DecodedJwt token = DecodedJwt.of(issuer().prepareCreate(RoomTokenRequest.forRoom(everything).build()).sign().token());

        assertThat(token.claims().get("tpc")).isEqualTo(everything);
    }

    /**
     * The geo regions of Zoom's auth endpoint sample, sent as one comma-separated string
     * (https://github.com/zoom/videosdk-auth-endpoint-sample/blob/master/src/index.js).
     */
    @Test
    void geoRegionsAreTheirCodesJoinedWithCommas() {
        DecodedJwt token = DecodedJwt.of(issuer().prepareCreate(RoomTokenRequest.forRoom("standup")
            .options(ZoomTokenOptions.builder().geoRegions(ZoomGeoRegion.values()).build())
            .build()).sign().token());

        assertThat(token.claims().get("geo_regions")).isEqualTo("AU,BR,CA,CN,DE,HK,IN,JP,MX,NL,SG,US");
    }

    private static ZoomTokenIssuer issuer() {
        return ZoomTokenIssuer.builder()
            .sdkKey("key-1")
            .sdkSecret(SECRET)
            .clock(new CountingClock(Instant.ofEpochSecond(1_800_000_000)))
            .build();
    }
}
