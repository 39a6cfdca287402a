package dev.roomtoken.daily;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What the builder refuses, naming the setting to fix, and which mode it builds.
 */
class DailyTokenIssuerBuilderTest {

    @Test
    void theApiKeyIsRequired() {
        assertThatIllegalStateException().isThrownBy(() -> DailyTokenIssuer.builder().build())
            .withMessage("Set the Daily API key (apiKey)");
        assertThatIllegalStateException().isThrownBy(() -> DailyTokenIssuer.builder().apiKey(" ").selfSigned(true).build())
            .withMessage("Set the Daily API key (apiKey)");
    }

    @Test
    void selfSigningNeedsTheDomainId() {
        assertThatIllegalStateException()
            .isThrownBy(() -> DailyTokenIssuer.builder().apiKey("daily-key").selfSigned(true).build())
            .withMessage("Set the Daily domain id (domainId) to self-sign tokens: the domain_id of GET /v1/, "
                    + "Daily's domain configuration");
    }

    @ParameterizedTest
    @ValueSource(strings = { "example", "30f866c3912345", "30f866c3-9123-452a-8723-ff58322d09c5-x" })
    void theDomainIdIsAUuid(String domainId) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> DailyTokenIssuer.builder().apiKey("daily-key").selfSigned(true).domainId(domainId).build())
            .withMessage("domainId must be Daily's domain_id, a UUID such as 30f866c3-9123-452a-8723-ff58322d09c5, "
                    + "was '" + domainId + "'");
    }

    @Test
    void theModeIsRestUnlessSelfSigningIsAskedFor() {
        assertThat(DailyTokenIssuer.builder().apiKey("daily-key").build().isSelfSigned()).isFalse();
        assertThat(DailyTokenIssuer.builder().apiKey("daily-key").domainId("30f866c3-9123-452a-8723-ff58322d09c5")
            .build()
            .isSelfSigned()).isFalse();
        assertThat(DailyTokenIssuer.builder().apiKey("daily-key").selfSigned(true)
            .domainId("30F866C3-9123-452A-8723-FF58322D09C5")
            .build()
            .isSelfSigned()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "-example", "exa mple", "example.com", "https://example.daily.co" })
    void theDomainNameIsADailySubdomain(String domainName) {
        assertThatIllegalArgumentException().isThrownBy(() -> DailyTokenIssuer.builder().domainName(domainName))
            .withMessage("domainName must be a Daily subdomain such as 'example' or 'example.daily.co', was '"
                    + domainName + "'");
    }

    @Test
    void theDefaultTtlIsAPositiveWholeNumberOfSeconds() {
        DailyTokenIssuer.builder().tokenTtl(Duration.ofSeconds(1));

        assertThatIllegalArgumentException().isThrownBy(() -> DailyTokenIssuer.builder().tokenTtl(Duration.ZERO))
            .withMessage("tokenTtl must be a positive whole number of seconds (exp is written in seconds), was PT0S");
    }
}
