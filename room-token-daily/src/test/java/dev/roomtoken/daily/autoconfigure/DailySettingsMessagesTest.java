package dev.roomtoken.daily.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;

import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The exact words of each start-up failure of Daily's settings: the property, what is wrong, what
 * to set; never the API key.
 */
class DailySettingsMessagesTest {

    private static final String API_KEY = "daily-secret-key-5d8e1a";

    private static final String DOMAIN_ID = "30f866c3-9123-452a-8723-ff58322d09c5";

    @Test
    void aMissingApiKeyIsNamed() {
        RoomTokenConfigurationException ex = failure((daily) -> daily.setApiKey(""));

        assertThat(ex.property()).isEqualTo("roomtoken.daily.api-key");
        assertThat(ex.getMessage()).isEqualTo("roomtoken.daily.api-key is not set");
        assertThat(ex.action())
            .isEqualTo("Set roomtoken.daily.api-key to an API key of your Daily domain (Daily dashboard, Developers).");
    }

    @Test
    void selfSigningWithoutADomainIdIsNamed() {
        RoomTokenConfigurationException ex = failure((daily) -> daily.setSelfSigned(true));

        assertThat(ex.property()).isEqualTo("roomtoken.daily.domain-id");
        assertThat(ex.getMessage()).isEqualTo("roomtoken.daily.domain-id is not set, but self-signed tokens need it");
        assertThat(ex.action()).isEqualTo("Set roomtoken.daily.domain-id to your domain's domain_id (GET "
                + "https://api.daily.co/v1/ answers it), or leave roomtoken.daily.self-signed unset to request tokens "
                + "from Daily.");
    }

    @ParameterizedTest(name = "self-signed={0}")
    @CsvSource({ "true", "false" })
    void aDomainIdThatIsNotAUuidIsNamedInEitherMode(boolean selfSigned) {
        RoomTokenConfigurationException ex = failure((daily) -> {
            daily.setSelfSigned(selfSigned);
            daily.setDomainId("30f866c3");
        });

        assertThat(ex.property()).isEqualTo("roomtoken.daily.domain-id");
        assertThat(ex.getMessage()).isEqualTo("roomtoken.daily.domain-id is not a UUID: '30f866c3'");
        assertThat(ex.action()).isEqualTo("Set roomtoken.daily.domain-id to your domain's domain_id, a UUID such as "
                + "30f866c3-9123-452a-8723-ff58322d09c5 (GET https://api.daily.co/v1/ answers it).");
    }

    @Test
    void aDomainNameThatIsNotASubdomainIsNamed() {
        RoomTokenConfigurationException ex = failure((daily) -> daily.setDomainName("https://example.daily.co"));

        assertThat(ex.property()).isEqualTo("roomtoken.daily.domain-name");
        assertThat(ex.getMessage())
            .isEqualTo("roomtoken.daily.domain-name is not the name of a Daily domain: 'https://example.daily.co'");
        assertThat(ex.action()).isEqualTo("Set roomtoken.daily.domain-name to your domain's subdomain, such as "
                + "example for https://example.daily.co (example.daily.co works too).");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PT0S      | 0s
            PT-1H     | -3600s
            PT1.5S    | 1500ms
            """)
    void aTokenTtlThatIsNotAPositiveWholeNumberOfSecondsIsNamed(Duration ttl, String shown) {
        RoomTokenConfigurationException ex = failure((daily) -> daily.setTokenTtl(ttl));

        assertThat(ex.property()).isEqualTo("roomtoken.daily.token-ttl");
        assertThat(ex.getMessage())
            .isEqualTo("roomtoken.daily.token-ttl is " + shown + ", not a positive whole number of seconds");
        assertThat(ex.action())
            .isEqualTo("Set roomtoken.daily.token-ttl to a positive whole number of seconds, such as 1h.");
    }

    @Test
    void aDefaultEjectAfterElapsedThatIsNotWholeSecondsIsNamed() {
        RoomTokenConfigurationException ex = failure(
                (daily) -> daily.getDefaults().setEjectAfterElapsed(Duration.ofMillis(1500)));

        assertThat(ex.property()).isEqualTo("roomtoken.daily.defaults.eject-after-elapsed");
        assertThat(ex.getMessage()).isEqualTo("roomtoken.daily.defaults.eject-after-elapsed must be a positive whole "
                + "number of seconds up to 2147483647, was PT1.5S");
        assertThat(ex.action()).isEqualTo("Fix roomtoken.daily.defaults.eject-after-elapsed: it must be a positive "
                + "whole number of seconds up to 2147483647, was PT1.5S.");
    }

    @Test
    void aRelativeDefaultRedirectIsNamed() {
        RoomTokenConfigurationException ex = failure(
                (daily) -> daily.getDefaults().setRedirectOnMeetingExit(URI.create("/after")));

        assertThat(ex.getMessage()).isEqualTo("roomtoken.daily.defaults.redirect-on-meeting-exit must be an absolute "
                + "URL or deep link, with a scheme");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "enable-prejoin-ui", "enable-live-captions-ui", "enable-terse-logging" })
    void aDefaultThatCannotBeSelfSignedIsNamedInSelfSignedMode(String option) {
        Consumer<DailyProperties> selfSignedWithOption = (daily) -> {
            daily.setSelfSigned(true);
            daily.setDomainId(DOMAIN_ID);
            switch (option) {
                case "enable-prejoin-ui" -> daily.getDefaults().setEnablePrejoinUi(true);
                case "enable-live-captions-ui" -> daily.getDefaults().setEnableLiveCaptionsUi(false);
                default -> daily.getDefaults().setEnableTerseLogging(true);
            }
        };
        RoomTokenConfigurationException ex = failure(selfSignedWithOption);

        String property = "roomtoken.daily.defaults." + option;
        assertThat(ex.property()).isEqualTo(property);
        assertThat(ex.getMessage())
            .isEqualTo(property + " cannot be self-signed: Daily gives it no abbreviation in self-signed tokens");
        assertThat(ex.action()).isEqualTo(
                "Remove " + property + ", or leave roomtoken.daily.self-signed unset to request tokens from Daily.");
    }

    @Test
    void theSameDefaultIsFineInRestMode() {
        DailyProperties daily = complete();
        daily.setDomainId(DOMAIN_ID);
        daily.getDefaults().setEnablePrejoinUi(true);

        assertThat(DailySettings.from(daily, false).defaults().enablePrejoinUi()).isTrue();
    }

    @Test
    void plainHttpBeyondLoopbackNeedsAllowInsecure() {
        RoomTokenConfigurationException ex = failure((daily) -> daily.setBaseUrl("http://proxy.example.com/v1"));

        assertThat(ex.getMessage()).isEqualTo(
                "roomtoken.daily.base-url would send credentials over plain http:// to proxy.example.com");

        DailyProperties daily = complete();
        daily.setBaseUrl("http://proxy.example.com/v1");
        assertThat(DailySettings.from(daily, true).baseUrl()).isEqualTo(URI.create("http://proxy.example.com/v1"));
    }

    private static DailyProperties complete() {
        DailyProperties daily = new DailyProperties();
        daily.setApiKey(API_KEY);
        return daily;
    }

    private static RoomTokenConfigurationException failure(Consumer<DailyProperties> change) {
        DailyProperties daily = complete();
        change.accept(daily);
        RoomTokenConfigurationException ex = catchThrowableOfType(RoomTokenConfigurationException.class,
                () -> DailySettings.from(daily, false));
        assertThat(ex).as("a RoomTokenConfigurationException").isNotNull();
        assertThat(ex.getMessage() + ex.action()).doesNotContain(API_KEY);
        return ex;
    }
}
