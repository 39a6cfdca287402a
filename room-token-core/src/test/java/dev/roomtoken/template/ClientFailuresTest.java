package dev.roomtoken.template;

import dev.roomtoken.RoomTokenClient;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A provider client (the SPI a new provider implements) that fails with something other than a
 * room-token exception: the caller gets that very failure, tried once, never wrapped or retried.
 */
class ClientFailuresTest {

    @Test
    void aRuntimeExceptionFromTheClientReachesTheCallerAsItIsAfterOneAttempt() {
        IllegalStateException broken = new IllegalStateException("the client's own bug");
        FailingClient client = new FailingClient(broken);

        Throwable thrown = catchThrowable(() -> new RoomTokenTemplate(client).createToken(
                RoomTokenRequest.forRoom("standup").build()));

        assertThat(thrown).isSameAs(broken);
        assertThat(client.attempts).isEqualTo(1);
    }

    @Test
    void anErrorFromTheClientReachesTheCallerAsItIsAfterOneAttempt() {
        AssertionError error = new AssertionError("a JVM error");
        FailingClient client = new FailingClient(error);

        Throwable thrown = catchThrowable(() -> new RoomTokenTemplate(client).createToken(
                RoomTokenRequest.forRoom("standup").build()));

        assertThat(thrown).isSameAs(error);
        assertThat(client.attempts).isEqualTo(1);
    }

    @Test
    void theTemplateNamesItsProviderOnly() {
        assertThat(new RoomTokenTemplate(new FailingClient(new IllegalStateException())))
            .hasToString("RoomTokenTemplate[provider=failing]");
    }

    private static final class FailingClient implements RoomTokenClient {

        private final Throwable failure;

        private int attempts;

        FailingClient(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public String provider() {
            return "failing";
        }

        @Override
        public RoomTokenCall prepareCreate(RoomTokenRequest request) {
            return () -> {
                this.attempts++;
                if (this.failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) this.failure;
            };
        }
    }
}
