package dev.roomtoken.daily.autoconfigure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Daily's properties and checked settings show when printed: the mode, the target and the
 * domain, never the API key.
 */
class DailySettingsTextTest {

    @Test
    void propertiesShowTheirSettingsButNeverTheApiKey() {
        DailyProperties daily = new DailyProperties();
        daily.setApiKey("daily-secret-key-5d8e1a");
        daily.setDomainName("example");

        assertThat(daily).hasToString("DailyProperties[baseUrl=https://api.daily.co/v1, selfSigned=false, "
                + "domainId=null, domainName=example, tokenTtl=PT1H, apiKey=******]");
        assertThat(new DailyProperties()).hasToString("DailyProperties[baseUrl=https://api.daily.co/v1, "
                + "selfSigned=false, domainId=null, domainName=null, tokenTtl=PT1H, apiKey=null]");
    }

    @Test
    void restSettingsShowTheirTargetButNeverTheApiKey() {
        DailyProperties daily = new DailyProperties();
        daily.setApiKey("daily-secret-key-5d8e1a");

        assertThat(DailySettings.from(daily, false)).hasToString("DailySettings[mode=rest, "
                + "baseUrl=https://api.daily.co/v1, domainId=null, domainName=null, tokenTtl=PT1H, apiKey=******]");
    }

    @Test
    void selfSignedSettingsShowTheirDomainButNeverTheApiKey() {
        DailyProperties daily = new DailyProperties();
        daily.setApiKey(" daily-secret-key-5d8e1a ");
        daily.setSelfSigned(true);
        daily.setDomainId(" 30f866c3-9123-452a-8723-ff58322d09c5 ");
        daily.setDomainName("example.daily.co");

        DailySettings settings = DailySettings.from(daily, false);

        assertThat(settings).hasToString("DailySettings[mode=self-signed, baseUrl=https://api.daily.co/v1, "
                + "domainId=30f866c3-9123-452a-8723-ff58322d09c5, domainName=example.daily.co, tokenTtl=PT1H, "
                + "apiKey=******]");
        assertThat(settings.apiKey()).isEqualTo("daily-secret-key-5d8e1a");
    }
}
