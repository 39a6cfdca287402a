package dev.roomtoken.http;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The limits a request factory for provider calls accepts, at their edges, with the rule named
 * in the message.
 */
class ProviderHttpLimitsTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void anAnswerLimitFromOneByteToTheLargestArrayIsAccepted() {
        assertThatNoException().isThrownBy(() -> JdkRequestFactories.create(SECOND, SECOND, 1));
        assertThatNoException().isThrownBy(
                () -> JdkRequestFactories.create(SECOND, SECOND, ProviderHttpLimits.MAX_RESPONSE_BYTES_LIMIT));
    }

    @Test
    void anAnswerLimitOutsideThatIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> JdkRequestFactories.create(SECOND, SECOND, 0))
            .withMessage("The largest response must be from 1 to 2147483639 bytes, not 0");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> JdkRequestFactories.create(SECOND, SECOND, Integer.MAX_VALUE))
            .withMessage("The largest response must be from 1 to 2147483639 bytes, not 2147483647");
    }

    @Test
    void theReadTimeoutMustBePositive() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> JdkRequestFactories.create(SECOND, Duration.ZERO, 1024))
            .withMessage("The read timeout must be positive, not PT0S");
        assertThatNoException().isThrownBy(() -> JdkRequestFactories.create(SECOND, Duration.ofMillis(1), 1024));
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(ProviderHttpLimits.DEFAULT_CONNECT_TIMEOUT).isEqualTo(Duration.ofSeconds(5));
        assertThat(ProviderHttpLimits.DEFAULT_READ_TIMEOUT).isEqualTo(Duration.ofSeconds(10));
        assertThat(ProviderHttpLimits.DEFAULT_MAX_RESPONSE_BYTES).isEqualTo(65536);
    }
}
