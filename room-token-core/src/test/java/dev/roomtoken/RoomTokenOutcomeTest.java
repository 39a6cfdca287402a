package dev.roomtoken;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code outcome} a call's metrics and traces carry, as a custom observation convention gets
 * it from {@link RoomTokenOutcome#of}: each outcome's tag value, the status boundaries between
 * client and server errors, and how a failure without an answer is told apart.
 */
class RoomTokenOutcomeTest {

    private static final RoomTokenProviderException ANSWER = new RoomTokenProviderException("signalwire", 500, null,
            null, null, "Internal Server Error");

    @Test
    void eachOutcomeHasItsTagValue() {
        assertThat(RoomTokenOutcome.values()).extracting(RoomTokenOutcome::value)
            .containsExactly("success", "client_error", "server_error", "io_error", "timeout", "invalid_request");
    }

    @Test
    void noFailureIsASuccessWhateverTheStatus() {
        assertThat(RoomTokenOutcome.of(null, 200)).isEqualTo(RoomTokenOutcome.SUCCESS);
        assertThat(RoomTokenOutcome.of(null, null)).isEqualTo(RoomTokenOutcome.SUCCESS);
    }

    @ParameterizedTest(name = "HTTP {0} is {1}")
    @CsvSource({ "201, server_error", "302, server_error", "399, server_error", "400, client_error",
            "401, client_error", "499, client_error", "500, server_error", "503, server_error", "599, server_error" })
    void aFailedAnswerIsAClientErrorOnlyFor4xx(int status, String outcome) {
        assertThat(RoomTokenOutcome.of(ANSWER, status).value()).isEqualTo(outcome);
    }

    @Test
    void anUnavailableProviderWithALastAnswerIsJudgedByThatAnswersStatus() {
        RoomTokenUnavailableException keptFailing = new RoomTokenUnavailableException("kept failing", ANSWER);

        assertThat(RoomTokenOutcome.of(keptFailing, 503)).isEqualTo(RoomTokenOutcome.SERVER_ERROR);
    }

    @Test
    void aTimeoutWithoutAnAnswerIsATimeout() {
        assertThat(RoomTokenOutcome.of(unavailable(new HttpTimeoutException("request timed out")), null))
            .isEqualTo(RoomTokenOutcome.TIMEOUT);
        assertThat(RoomTokenOutcome.of(unavailable(new HttpConnectTimeoutException("connect timed out")), null))
            .isEqualTo(RoomTokenOutcome.TIMEOUT);
        assertThat(RoomTokenOutcome.of(unavailable(new SocketTimeoutException("Read timed out")), null))
            .isEqualTo(RoomTokenOutcome.TIMEOUT);
        assertThat(RoomTokenOutcome.of(unavailable(new InterruptedIOException("interrupted")), null))
            .isEqualTo(RoomTokenOutcome.TIMEOUT);
    }

    @Test
    void anyOtherFailureToReachTheProviderIsAnIoError() {
        assertThat(RoomTokenOutcome.of(unavailable(new ConnectException("Connection refused")), null))
            .isEqualTo(RoomTokenOutcome.IO_ERROR);
        assertThat(RoomTokenOutcome.of(unavailable(new IOException("Connection reset")), null).value())
            .isEqualTo("io_error");
    }

    @Test
    void aFailureBeforeAnythingWasSentIsAnInvalidRequest() {
        assertThat(RoomTokenOutcome.of(new InvalidRoomTokenRequestException("room", "must not be blank"), null))
            .isEqualTo(RoomTokenOutcome.INVALID_REQUEST);
        assertThat(RoomTokenOutcome.of(new IllegalArgumentException("options of another provider"), null))
            .isEqualTo(RoomTokenOutcome.INVALID_REQUEST);
    }

    private static RoomTokenUnavailableException unavailable(Throwable cause) {
        return new RoomTokenUnavailableException("signalwire", "signalwire could not be reached", cause);
    }
}
