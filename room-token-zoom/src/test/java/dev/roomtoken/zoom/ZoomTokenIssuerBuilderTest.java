package dev.roomtoken.zoom;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What the builder refuses, naming the setting to fix.
 */
class ZoomTokenIssuerBuilderTest {

    @Test
    void theSdkKeyIsRequired() {
        assertThatIllegalStateException().isThrownBy(() -> ZoomTokenIssuer.builder().sdkSecret("s3cr3t-value").build())
            .withMessage("Set the Zoom Video SDK key (sdkKey)");
        assertThatIllegalStateException()
            .isThrownBy(() -> ZoomTokenIssuer.builder().sdkKey(" ").sdkSecret("s3cr3t-value").build())
            .withMessage("Set the Zoom Video SDK key (sdkKey)");
    }

    @Test
    void theSdkSecretIsRequired() {
        assertThatIllegalStateException().isThrownBy(() -> ZoomTokenIssuer.builder().sdkKey("key-1").build())
            .withMessage("Set the Zoom Video SDK secret (sdkSecret)");
        assertThatIllegalStateException()
            .isThrownBy(() -> ZoomTokenIssuer.builder().sdkKey("key-1").sdkSecret("").build())
            .withMessage("Set the Zoom Video SDK secret (sdkSecret)");
    }

    @Test
    void theDefaultTtlIsCheckedAgainstZoomsBoundsWhenItIsSet() {
        ZoomTokenIssuer.builder().tokenTtl(Duration.ofSeconds(1800)).tokenTtl(Duration.ofSeconds(172_800));

        assertThatIllegalArgumentException().isThrownBy(() -> ZoomTokenIssuer.builder().tokenTtl(Duration.ofMinutes(29)))
            .withMessage("tokenTtl must be a whole number of seconds from 1800 to 172800 (Zoom's bounds on exp - iat), "
                    + "was PT29M");
    }
}
