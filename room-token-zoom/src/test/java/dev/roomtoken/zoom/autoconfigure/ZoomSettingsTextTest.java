package dev.roomtoken.zoom.autoconfigure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Zoom's properties and checked settings show when printed: the SDK key and the token
 * settings, never the SDK secret.
 */
class ZoomSettingsTextTest {

    @Test
    void propertiesShowTheirSettingsButNeverTheSecret() {
        ZoomProperties zoom = new ZoomProperties();
        zoom.setSdkKey("zoom-sdk-key-4f1c");
        zoom.setSdkSecret("SDK-secret-zoom-e9b27d");

        assertThat(zoom).hasToString(
                "ZoomProperties[sdkKey=zoom-sdk-key-4f1c, sdkSecret=******, tokenTtl=PT2H, identityClaim=USER_KEY]");
        assertThat(new ZoomProperties()).hasToString(
                "ZoomProperties[sdkKey=null, sdkSecret=null, tokenTtl=PT2H, identityClaim=USER_KEY]");
    }

    @Test
    void resolvedSettingsShowTheirSettingsButNeverTheSecret() {
        ZoomProperties zoom = new ZoomProperties();
        zoom.setSdkKey(" zoom-sdk-key-4f1c ");
        zoom.setSdkSecret("SDK-secret-zoom-e9b27d");

        assertThat(ZoomSettings.from(zoom)).hasToString(
                "ZoomSettings[sdkKey=zoom-sdk-key-4f1c, sdkSecret=******, tokenTtl=PT2H, identityClaim=user_key]");
    }
}
