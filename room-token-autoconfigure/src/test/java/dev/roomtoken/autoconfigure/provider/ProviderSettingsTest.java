package dev.roomtoken.autoconfigure.provider;

import java.util.Map;

import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * An issuer builder's refusal at start-up becomes a failure naming the property, whichever way
 * the builder names its method; a refusal naming no mapped method is passed on as it is.
 */
class ProviderSettingsTest {

    private static final Map<String, String> PROPERTIES = Map.of("apiSecret", "api-secret", "tokenTtl", "token-ttl");

    @Test
    void aMethodNamedInParenthesesGivesThePropertyAndTheRuleAfterIt() {
        assertThatExceptionOfType(RoomTokenConfigurationException.class)
            .isThrownBy(() -> ProviderSettings.checkWithBuilder("roomtoken.example.", PROPERTIES, () -> {
                throw new IllegalArgumentException("The API secret (apiSecret, roomtoken.example.api-secret) must be "
                        + "at least 32 bytes");
            }))
            .satisfies((ex) -> {
                assertThat(ex.property()).isEqualTo("roomtoken.example.api-secret");
                assertThat(ex.getMessage())
                    .isEqualTo("roomtoken.example.api-secret must be at least 32 bytes");
                assertThat(ex.action())
                    .isEqualTo("Correct roomtoken.example.api-secret: its value must be at least 32 bytes.");
            });
    }

    @Test
    void aMethodThatStartsTheMessageGivesThePropertyToo() {
        assertThatExceptionOfType(RoomTokenConfigurationException.class)
            .isThrownBy(() -> ProviderSettings.checkWithBuilder("roomtoken.example.", PROPERTIES, () -> {
                throw new IllegalStateException("tokenTtl must be at most 24 hours");
            }))
            .satisfies((ex) -> assertThat(ex.getMessage())
                .isEqualTo("roomtoken.example.token-ttl must be at most 24 hours"));
    }

    @Test
    void aRefusalNamingNoMappedMethodIsPassedOnAndABuildThatPassesChangesNothing() {
        assertThatIllegalStateException()
            .isThrownBy(() -> ProviderSettings.checkWithBuilder("roomtoken.example.", PROPERTIES, () -> {
                throw new IllegalStateException("clock (clock) is broken");
            }))
            .withMessage("clock (clock) is broken");
        assertThatIllegalStateException()
            .isThrownBy(() -> ProviderSettings.checkWithBuilder("roomtoken.example.", PROPERTIES, () -> {
                throw new IllegalStateException("(unmapped) must be set");
            }))
            .withMessage("(unmapped) must be set");
        assertThatCode(() -> ProviderSettings.checkWithBuilder("roomtoken.example.", PROPERTIES, () -> {
        })).doesNotThrowAnyException();
    }
}
