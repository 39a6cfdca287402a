package dev.roomtoken.zoom;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenOptions;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signing.DecodedJwt;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every portable field and option of a request, as the claims of the token signed for it, read back
 * independently of the signing code.
 */
class ZoomTokenIssuerTest {

    private static final String SECRET = "zoom-video-sdk-secret-0123456789";

    private static final Instant NOW = Instant.parse("2027-01-15T09:00:00Z");

    private final CountingClock clock = new CountingClock(NOW);

    private final ZoomTokenIssuer issuer = ZoomTokenIssuer.builder()
        .sdkKey("key-1")
        .sdkSecret(SECRET)
        .clock(this.clock)
        .build();

    @Test
    void everyOptionBecomesItsDocumentedClaimInTheDocumentedOrder() {
        RoomToken token = sign(this.issuer, RoomTokenRequest.forRoom("Design Review #4")
            .identity("u-42")
            .ttl(Duration.ofHours(3))
            .options(ZoomTokenOptions.builder()
                .role(ZoomRole.HOST)
                .sessionKey("session-7")
                .geoRegions(ZoomGeoRegion.US, ZoomGeoRegion.DE)
                .cloudRecordingOption(true)
                .cloudRecordingElection(false)
                .telemetryTrackingId("trace-9")
                .videoWebRtcMode(true)
                .audioWebRtcMode(false)
                .build())
            .build());

        DecodedJwt jwt = DecodedJwt.of(token.token());
        assertThat(jwt.claims()).isEqualTo(DecodedJwt.json("""
                {"app_key": "key-1", "role_type": 1, "tpc": "Design Review #4", "version": 1,
                 "iat": %d, "exp": %d, "user_key": "u-42", "session_key": "session-7", "geo_regions": "DE,US",
                 "cloud_recording_option": 1, "cloud_recording_election": 0, "telemetry_tracking_id": "trace-9",
                 "video_webrtc_mode": 1, "audio_webrtc_mode": 0}"""
            .formatted(NOW.getEpochSecond(), NOW.getEpochSecond() + 3 * 3600)));
        assertThat(jwt.claims().keySet()).containsExactly("app_key", "role_type", "tpc", "version", "iat", "exp",
                "user_key", "session_key", "geo_regions", "cloud_recording_option", "cloud_recording_election",
                "telemetry_tracking_id", "video_webrtc_mode", "audio_webrtc_mode");
        assertThat(jwt.isSignedWith(SECRET)).isTrue();
    }

    @Test
    void theTokenCarriesTheExpiryItSignedAndTheSessionNameToJoinWith() {
        RoomToken token = sign(this.issuer, RoomTokenRequest.forRoom("standup").build());

        assertThat(token.provider()).isEqualTo("zoom");
        assertThat(token.room()).isEqualTo("standup");
        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(token.refreshToken()).isNull();
        assertThat(token.refreshTokenExpiresAt()).isNull();
        assertThat(token.join()).containsExactly(Map.entry("sessionName", "standup"));
    }

    @Test
    void nonAsciiIdentityIsSignedAsUtf8AndNonAsciiDisplayNameIsReturnedAsTheUserNameToJoinWith() {
        RoomToken token = sign(this.issuer, RoomTokenRequest.forRoom("standup")
            .identity("Zoë-用户-😀")
            .displayName("Åsa Öberg 李雷 😀")
            .build());

        assertThat(DecodedJwt.of(token.token()).claims()).containsEntry("user_key", "Zoë-用户-😀")
            .doesNotContainValue("Åsa Öberg 李雷 😀");
        assertThat(token.join()).containsExactly(Map.entry("sessionName", "standup"),
                Map.entry("userName", "Åsa Öberg 李雷 😀"));
    }

    @Test
    void theIdentityCanGoIntoTheFormerUserIdentityClaim() {
        ZoomTokenIssuer legacy = ZoomTokenIssuer.builder()
            .sdkKey("key-1")
            .sdkSecret(SECRET)
            .identityClaim(ZoomIdentityClaim.USER_IDENTITY)
            .clock(this.clock)
            .build();

        Map<String, Object> claims = DecodedJwt.of(
                sign(legacy, RoomTokenRequest.forRoom("standup").identity("u-42").build()).token()).claims();

        assertThat(claims).containsEntry("user_identity", "u-42").doesNotContainKey("user_key");
    }

    @Test
    void aRequestsOptionsOverrideTheDefaultsFieldByField() {
        ZoomTokenIssuer withDefaults = ZoomTokenIssuer.builder()
            .sdkKey("key-1")
            .sdkSecret(SECRET)
            .tokenTtl(Duration.ofHours(1))
            .defaults(ZoomTokenOptions.builder().role(ZoomRole.HOST).geoRegions(ZoomGeoRegion.JP).videoWebRtcMode(true)
                .build())
            .clock(this.clock)
            .build();

        Map<String, Object> defaulted = DecodedJwt.of(sign(withDefaults, RoomTokenRequest.forRoom("r").build()).token())
            .claims();
        Map<String, Object> overridden = DecodedJwt.of(sign(withDefaults, RoomTokenRequest.forRoom("r")
            .options(ZoomTokenOptions.builder().role(ZoomRole.PARTICIPANT).build())
            .build()).token()).claims();

        assertThat(defaulted).containsEntry("role_type", 1).containsEntry("geo_regions", "JP")
            .containsEntry("video_webrtc_mode", 1)
            .containsEntry("exp", (int) (NOW.getEpochSecond() + 3600));
        assertThat(overridden).containsEntry("role_type", 0).containsEntry("geo_regions", "JP")
            .containsEntry("video_webrtc_mode", 1);
    }

    @Test
    void eachTokenIsSignedWhenItIsMadeNotWhenItIsPrepared() {
        var signing = this.issuer.prepareCreate(RoomTokenRequest.forRoom("standup").build());

        assertThat(this.clock.reads()).isZero();
        signing.sign();
        signing.sign();
        assertThat(this.clock.reads()).isEqualTo(2);
    }

    @Test
    void aTokenSignedWithTheSecretDoesNotVerifyWithAnother() {
        DecodedJwt jwt = DecodedJwt.of(sign(this.issuer, RoomTokenRequest.forRoom("standup").build()).token());

        assertThat(jwt.isSignedWith(SECRET)).isTrue();
        assertThat(jwt.isSignedWith(SECRET + "x")).isFalse();
        assertThat(jwt.isSignedWith("another-secret")).isFalse();
    }

    @Test
    void anotherProvidersOptionsAreRefused() {
        RoomTokenOptions foreign = new RoomTokenOptions() {
        };

        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.issuer.prepareCreate(RoomTokenRequest.forRoom("r").options(foreign).build()))
            .withMessageEndingWith(" cannot be used with Zoom; use ZoomTokenOptions");
    }

    private static RoomToken sign(ZoomTokenIssuer issuer, RoomTokenRequest request) {
        return issuer.prepareCreate(request).sign();
    }
}
