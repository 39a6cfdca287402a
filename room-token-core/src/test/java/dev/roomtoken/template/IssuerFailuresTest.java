package dev.roomtoken.template;

import dev.roomtoken.Issuance;
import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A provider issuer (the SPI a new provider implements) whose exchange fails with something other than a
 * room-token exception: the caller gets that very failure, tried once, never wrapped or retried.
 */
class IssuerFailuresTest {

    @Test
    void aRuntimeExceptionFromTheIssuerReachesTheCallerAsItIsAfterOneAttempt() {
        IllegalStateException broken = new IllegalStateException("the issuer's own bug");
        FailingIssuer issuer = new FailingIssuer(broken);

        Throwable thrown = catchThrowable(() -> new RoomTokenTemplate(issuer).createToken(
                RoomTokenRequest.forRoom("standup").build()));

        assertThat(thrown).isSameAs(broken);
        assertThat(issuer.attempts).isEqualTo(1);
    }

    @Test
    void anErrorFromTheIssuerReachesTheCallerAsItIsAfterOneAttempt() {
        AssertionError error = new AssertionError("a JVM error");
        FailingIssuer issuer = new FailingIssuer(error);

        Throwable thrown = catchThrowable(() -> new RoomTokenTemplate(issuer).createToken(
                RoomTokenRequest.forRoom("standup").build()));

        assertThat(thrown).isSameAs(error);
        assertThat(issuer.attempts).isEqualTo(1);
    }

    @Test
    void theTemplateNamesItsProviderOnly() {
        assertThat(new RoomTokenTemplate(new FailingIssuer(new IllegalStateException())))
            .hasToString("RoomTokenTemplate[provider=failing]");
    }

    private static final class FailingIssuer implements RoomTokenIssuer {

        private final Throwable failure;

        private int attempts;

        FailingIssuer(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public String provider() {
            return "failing";
        }

        @Override
        public Issuance prepareCreate(RoomTokenRequest request) {
            Issuance.Exchange exchange = () -> {
                this.attempts++;
                if (this.failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) this.failure;
            };
            return exchange;
        }
    }
}
