package dev.roomtoken.telnyx.autoconfigure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Telnyx's properties and checked settings show when printed: their target, never the API
 * key.
 */
class TelnyxSettingsTextTest {

    @Test
    void propertiesShowTheirSettingsButNeverACredential() {
        TelnyxProperties telnyx = new TelnyxProperties();
        telnyx.setApiKey("KEY-telnyx-77a");

        assertThat(telnyx).hasToString("TelnyxProperties[baseUrl=" + telnyx.getBaseUrl() + ", apiKey=******]");
        assertThat(new TelnyxProperties().toString()).endsWith(", apiKey=null]");
    }

    @Test
    void resolvedSettingsShowTheirTargetButNeverACredential() {
        TelnyxProperties telnyx = new TelnyxProperties();
        telnyx.setApiKey("KEY-telnyx-77a");

        assertThat(TelnyxSettings.from(telnyx, false))
            .hasToString("TelnyxSettings[baseUrl=https://api.telnyx.com/v2, apiKey=******]");
    }
}
