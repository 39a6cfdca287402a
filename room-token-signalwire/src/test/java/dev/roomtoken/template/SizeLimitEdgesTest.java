package dev.roomtoken.template;

import java.net.URI;
import java.time.Duration;

import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenTemplate;
import org.junit.jupiter.api.Test;

import org.springframework.core.retry.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The answer size limit at its edge, whether the answer declares its length or streams it: an
 * answer of exactly the limit is read, one byte more is refused and never retried.
 */
class SizeLimitEdgesTest extends ProviderSuite {

    private final RoomTokenTemplate template = FaultServer.template(this.provider,
            URI.create(this.faults.server.baseUrl()), Duration.ofSeconds(3), RetryPolicy.withMaxRetries(2));

    @Override
    ProviderUnderTest provider() {
        return new SignalWireUnderTest();
    }

    @Test
    void aDeclaredAnswerOfExactlyTheLimitIsRead() {
        this.faults.answerInTurn(this.faults.success().withBody(bodyOf(FaultServer.MAX_RESPONSE_BYTES))
            .withHeader("Content-Length", String.valueOf(FaultServer.MAX_RESPONSE_BYTES)));

        assertThat(this.template.createToken(this.provider.request()).token()).isEqualTo("eyJ.good.token");
    }

    @Test
    void aStreamedAnswerOfExactlyTheLimitIsRead() {
        this.faults.answerInTurn(this.faults.success().withBody(bodyOf(FaultServer.MAX_RESPONSE_BYTES)));

        assertThat(this.template.createToken(this.provider.request()).token()).isEqualTo("eyJ.good.token");
    }

    @Test
    void aDeclaredAnswerOneByteOverIsRefusedAtOnce() {
        this.faults.answerInTurn(this.faults.success().withBody(bodyOf(FaultServer.MAX_RESPONSE_BYTES + 1))
            .withHeader("Content-Length", String.valueOf(FaultServer.MAX_RESPONSE_BYTES + 1)));

        RoomTokenProviderException ex = fails();

        assertThat(ex).hasMessage("signalwire answered HTTP 200: the answer declares 32769 bytes, more than the "
                + "32768 bytes the client reads (roomtoken.http.max-response-size)");
    }

    @Test
    void aStreamedAnswerOneByteOverIsRefusedAtOnce() {
        this.faults.answerInTurn(this.faults.success().withBody(bodyOf(FaultServer.MAX_RESPONSE_BYTES + 1)));

        RoomTokenProviderException ex = fails();

        assertThat(ex.getMessage()).isIn(
                "signalwire answered HTTP 200: the answer passed the 32768 bytes the client reads "
                        + "(roomtoken.http.max-response-size)",
                "signalwire answered HTTP 200: the answer declares 32769 bytes, more than the 32768 bytes the "
                        + "client reads (roomtoken.http.max-response-size)");
    }

    private RoomTokenProviderException fails() {
        RoomTokenProviderException ex = catchThrowableOfType(RoomTokenProviderException.class,
                () -> this.template.createToken(this.provider.request()));
        assertThat(ex).as("the call's exception").isNotNull();
        assertThat(ex.isRetryable()).isFalse();
        assertThat(this.faults.attemptsSeen()).isEqualTo(1);
        return ex;
    }

    /** The provider's good answer, padded with JSON whitespace to exactly {@code size} bytes. */
    private String bodyOf(int size) {
        String body = this.provider.successBody("eyJ.good.token");
        return body + " ".repeat(size - body.length());
    }
}
