package dev.roomtoken.template;

import java.net.URI;
import java.time.Duration;

import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.retry.RetryPolicy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The edges of the status ranges the shared HTTP path judges before a provider's client sees an
 * answer: the whole 3xx range is a redirect, and 400 is already the provider's own error.
 */
class StatusBoundariesTest extends ProviderSuite {

    private final RoomTokenTemplate template = FaultServer.template(this.provider,
            URI.create(this.faults.server.baseUrl()), Duration.ofSeconds(3), RetryPolicy.withMaxRetries(2));

    @Override
    ProviderUnderTest provider() {
        return new SignalWireUnderTest();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = { 300, 304, 399 })
    void everyStatusFrom300To399IsARedirectNotFollowed(int status) {
        this.faults.answerInTurn(aResponse().withStatus(status), this.faults.success());

        RoomTokenProviderException ex = fails();

        assertThat(ex).hasMessage("signalwire answered HTTP " + status + ": a redirect, which is not followed: set the "
                + "provider's base URL to where it should go");
        assertThat(ex.isRetryable()).isFalse();
        assertThat(this.faults.attemptsSeen()).isEqualTo(1);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = { 400, 499 })
    void fourHundredsAreTheProvidersOwnErrors(int status) {
        this.faults.answerInTurn(this.faults.error(status), this.faults.success());

        RoomTokenProviderException ex = fails();

        assertThat(ex.errorCode()).isEqualTo("E" + status);
        assertThat(ex.providerMessage()).isEqualTo("failure " + status);
        assertThat(this.faults.attemptsSeen()).isEqualTo(1);
    }

    private RoomTokenProviderException fails() {
        RoomTokenProviderException ex = catchThrowableOfType(RoomTokenProviderException.class,
                () -> this.template.createToken(this.provider.request()));
        assertThat(ex).as("the call's exception").isNotNull();
        return ex;
    }
}
