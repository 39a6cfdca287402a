package dev.roomtoken.twilio.autoconfigure;

import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import org.junit.jupiter.api.Test;

import static dev.roomtoken.twilio.autoconfigure.TwilioAutoConfigurationContractTest.ACCOUNT_SID;
import static dev.roomtoken.twilio.autoconfigure.TwilioAutoConfigurationContractTest.API_KEY_SID;
import static dev.roomtoken.twilio.autoconfigure.TwilioAutoConfigurationContractTest.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Twilio Video's settings: checked by the issuer's builder at start-up, each refusal naming the
 * property and the rule, never the value, and printed without the secret.
 */
class TwilioSettingsTest {

    @Test
    void aSidWithTheWrongPrefixIsRefusedNamingThePropertyAndThePrefix() {
        TwilioProperties properties = complete();
        properties.setAccountSid(API_KEY_SID);

        assertThatExceptionOfType(RoomTokenConfigurationException.class)
            .isThrownBy(() -> TwilioSettings.from(properties))
            .satisfies((ex) -> {
                assertThat(ex.getMessage()).isEqualTo("roomtoken.twilio.account-sid must be AC followed by 32 "
                        + "hexadecimal digits, but the value given does not start with AC");
                assertThat(ex.action()).isEqualTo("Correct roomtoken.twilio.account-sid: its value must be AC followed "
                        + "by 32 hexadecimal digits, but the value given does not start with AC.");
                assertThat(ex.getMessage() + ex.action()).doesNotContain(API_KEY_SID);
            });
    }

    @Test
    void aShortSecretOrAMalformedRegionIsRefusedNamingItsProperty() {
        TwilioProperties shortSecret = complete();
        shortSecret.setApiKeySecret("not-32-bytes");
        TwilioProperties region = complete();
        region.setRegion("Europe");

        assertThatExceptionOfType(RoomTokenConfigurationException.class)
            .isThrownBy(() -> TwilioSettings.from(shortSecret))
            .satisfies((ex) -> {
                assertThat(ex.property()).isEqualTo("roomtoken.twilio.api-key-secret");
                assertThat(ex.getMessage()).doesNotContain("not-32-bytes");
            });
        assertThatExceptionOfType(RoomTokenConfigurationException.class)
            .isThrownBy(() -> TwilioSettings.from(region))
            .satisfies((ex) -> assertThat(ex.property()).isEqualTo("roomtoken.twilio.region"));
    }

    @Test
    void aBlankRegionMeansTwiliosDefault() {
        TwilioProperties properties = complete();
        properties.setRegion(" ");

        assertThat(TwilioSettings.from(properties).region()).isNull();
    }

    @Test
    void propertiesAndSettingsShowTheirTargetButNeverTheSecret() {
        TwilioProperties properties = complete();
        properties.setRegion("ie1");

        assertThat(properties.toString()).contains("apiKeySecret=******").doesNotContain(SECRET);
        assertThat(TwilioSettings.from(properties)).hasToString("TwilioSettings[accountSid=" + ACCOUNT_SID
                + ", apiKeySid=" + API_KEY_SID + ", apiKeySecret=******, region=ie1, tokenTtl=PT1H]");
    }

    private static TwilioProperties complete() {
        TwilioProperties properties = new TwilioProperties();
        properties.setAccountSid(ACCOUNT_SID);
        properties.setApiKeySid(API_KEY_SID);
        properties.setApiKeySecret(SECRET);
        return properties;
    }
}
