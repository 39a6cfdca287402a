package dev.roomtoken.livekit.autoconfigure;

import java.time.Duration;

import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * LiveKit's settings: checked by the issuer's builder at start-up, each refusal naming the
 * property and never the secret, and printed without the secret.
 */
class LiveKitSettingsTest {

    private static final String SECRET = "livekit-secret-of-at-least-32-bytes-7e1f";

    @Test
    void aShortSecretIsRefusedNamingThePropertyAndTheRuleButNotTheValue() {
        LiveKitProperties properties = complete();
        properties.setApiSecret("short-secret-9f");

        assertThatExceptionOfType(RoomTokenConfigurationException.class)
            .isThrownBy(() -> LiveKitSettings.from(properties))
            .satisfies((ex) -> {
                assertThat(ex.property()).isEqualTo("roomtoken.livekit.api-secret");
                assertThat(ex.getMessage()).isEqualTo("roomtoken.livekit.api-secret must be at least 32 bytes for "
                        + "HS256 (RFC 7518, section 3.2)").doesNotContain("short-secret-9f");
                assertThat(ex.action()).isEqualTo("Correct roomtoken.livekit.api-secret: its value must be at least "
                        + "32 bytes for HS256 (RFC 7518, section 3.2).");
            });
    }

    @Test
    void aUrlThatIsNotWebSocketIsRefusedNamingTheProperty() {
        LiveKitProperties properties = complete();
        properties.setUrl("https://example.livekit.cloud");

        assertThatExceptionOfType(RoomTokenConfigurationException.class)
            .isThrownBy(() -> LiveKitSettings.from(properties))
            .satisfies((ex) -> assertThat(ex.property()).isEqualTo("roomtoken.livekit.url"));
    }

    @Test
    void aTtlBelowOneSecondIsRefusedNamingTheProperty() {
        LiveKitProperties properties = complete();
        properties.setTokenTtl(Duration.ZERO);

        assertThatExceptionOfType(RoomTokenConfigurationException.class)
            .isThrownBy(() -> LiveKitSettings.from(properties))
            .satisfies((ex) -> assertThat(ex.property()).isEqualTo("roomtoken.livekit.token-ttl"));
    }

    @Test
    void aMissingCredentialIsNamedWithWhereToFindIt() {
        LiveKitProperties properties = complete();
        properties.setApiKey(" ");

        assertThatExceptionOfType(RoomTokenConfigurationException.class)
            .isThrownBy(() -> LiveKitSettings.from(properties))
            .satisfies((ex) -> {
                assertThat(ex.getMessage()).isEqualTo("roomtoken.livekit.api-key is not set");
                assertThat(ex.action()).isEqualTo(
                        "Set roomtoken.livekit.api-key to the API key of your LiveKit project (Settings > Keys).");
            });
    }

    @Test
    void propertiesAndSettingsShowTheirTargetButNeverTheSecret() {
        LiveKitProperties properties = complete();

        assertThat(properties).hasToString("LiveKitProperties[apiKey=APIa1b2c3d4e5f6, apiSecret=******, "
                + "url=wss://example.livekit.cloud, tokenTtl=PT6H]");
        assertThat(LiveKitSettings.from(properties)).hasToString("LiveKitSettings[apiKey=APIa1b2c3d4e5f6, "
                + "apiSecret=******, url=wss://example.livekit.cloud, tokenTtl=PT6H]");
        assertThat(new LiveKitProperties().toString()).contains("apiSecret=null");
    }

    private static LiveKitProperties complete() {
        LiveKitProperties properties = new LiveKitProperties();
        properties.setApiKey("APIa1b2c3d4e5f6");
        properties.setApiSecret(SECRET);
        properties.setUrl("wss://example.livekit.cloud");
        return properties;
    }
}
