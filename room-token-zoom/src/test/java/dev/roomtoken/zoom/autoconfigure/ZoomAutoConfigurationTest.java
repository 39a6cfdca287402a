package dev.roomtoken.zoom.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.autoconfigure.RoomTokenAutoConfiguration;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each {@code roomtoken.zoom.*} property reaches the tokens the auto-configured template signs.
 */
class ZoomAutoConfigurationTest {

    private static final String SECRET = "SDK-secret-zoom-e9b27d";

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RoomTokenAutoConfiguration.class, ZoomAutoConfiguration.class))
        .withPropertyValues("roomtoken.zoom.sdk-key=zoom-sdk-key-4f1c", "roomtoken.zoom.sdk-secret=" + SECRET);

    @Test
    void theDefaultsApplyWhenNothingElseIsSet() {
        this.contextRunner.run((context) -> {
            RoomToken token = context.getBean(RoomTokenTemplate.class)
                .createToken(RoomTokenRequest.forRoom("Standup").identity("user-42").build());
            Map<String, Object> claims = claims(token.token());

            assertThat(claims).containsEntry("app_key", "zoom-sdk-key-4f1c")
                .containsEntry("tpc", "Standup")
                .containsEntry("role_type", 0)
                .containsEntry("user_key", "user-42")
                .doesNotContainKeys("user_identity", "geo_regions", "cloud_recording_option");
            assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue())
                .isEqualTo(7200);
        });
    }

    @Test
    void everyPropertyReachesTheSignedToken() {
        this.contextRunner.withPropertyValues("roomtoken.zoom.token-ttl=30m", "roomtoken.zoom.identity-claim=user-identity",
                "roomtoken.zoom.defaults.role=host", "roomtoken.zoom.defaults.session-key=weekly",
                "roomtoken.zoom.defaults.geo-regions=us,DE", "roomtoken.zoom.defaults.cloud-recording-option=true",
                "roomtoken.zoom.defaults.cloud-recording-election=false",
                "roomtoken.zoom.defaults.telemetry-tracking-id=tt-1", "roomtoken.zoom.defaults.video-web-rtc-mode=true",
                "roomtoken.zoom.defaults.audio-web-rtc-mode=false")
            .run((context) -> {
                RoomToken token = context.getBean(RoomTokenTemplate.class)
                    .createToken(RoomTokenRequest.forRoom("Standup").identity("user-42").build());
                Map<String, Object> claims = claims(token.token());

                assertThat(claims).containsEntry("role_type", 1)
                    .containsEntry("user_identity", "user-42")
                    .doesNotContainKey("user_key")
                    .containsEntry("session_key", "weekly")
                    .containsEntry("geo_regions", "DE,US")
                    .containsEntry("cloud_recording_option", 1)
                    .containsEntry("cloud_recording_election", 0)
                    .containsEntry("telemetry_tracking_id", "tt-1")
                    .containsEntry("video_webrtc_mode", 1)
                    .containsEntry("audio_webrtc_mode", 0);
                assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue())
                    .isEqualTo(1800);
                assertSignedWith(token.token(), SECRET);
            });
    }

    @Test
    void anIdentityClaimZoomDoesNotKnowStopsStartUpNamingIt() {
        this.contextRunner.withPropertyValues("roomtoken.zoom.identity-claim=user-name").run((context) -> {
            Throwable failure = context.getStartupFailure();
            while (failure != null && !(failure instanceof BindException)) {
                failure = failure.getCause();
            }
            assertThat(failure).isInstanceOf(BindException.class);
            assertThat(((BindException) failure).getName()).hasToString("roomtoken.zoom.identity-claim");
        });
    }

    private static Map<String, Object> claims(String token) {
        String[] parts = token.split("\\.");
        return JsonMapper.builder().build().readValue(Base64.getUrlDecoder().decode(parts[1]),
                new TypeReference<Map<String, Object>>() {
                });
    }

    private static void assertSignedWith(String token, String secret) throws Exception {
        int lastDot = token.lastIndexOf('.');
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = hmac.doFinal(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        assertThat(MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(token.substring(lastDot + 1))))
            .as("signed with the configured SDK secret").isTrue();
    }
}
