package dev.roomtoken.template;

import java.net.http.HttpTimeoutException;
import java.time.Duration;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenException;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenUnavailableException;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * How a template rides out a provider's faults, for each provider: what the caller gets, how many
 * attempts the server saw, and what the exception tells. The server answers over real HTTP.
 */
abstract class FaultSuite extends ProviderSuite {

    @Test
    void connectionResetIsRetriedThenUnavailable() {
        assertUnavailableAfterThreeAttempts(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    @Test
    void emptyResponseIsRetriedThenUnavailable() {
        assertUnavailableAfterThreeAttempts(aResponse().withFault(Fault.EMPTY_RESPONSE));
    }

    @Test
    void malformedChunkIsRetriedThenUnavailable() {
        assertUnavailableAfterThreeAttempts(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
    }

    @Test
    void randomDataThenCloseIsRetriedThenUnavailable() {
        assertUnavailableAfterThreeAttempts(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));
    }

    @Test
    void delayPastTheReadTimeoutIsRetriedThenUnavailable() {
        this.faults.answerInTurn(
                this.faults.success().withFixedDelay((int) FaultServer.READ_TIMEOUT.multipliedBy(3).toMillis()));

        RoomTokenUnavailableException ex = catchThrowableOfType(RoomTokenUnavailableException.class,
                () -> this.faults.template(2, FaultServer.READ_TIMEOUT).createToken(this.provider.request()));

        assertThat(this.faults.attemptsSeen()).isEqualTo(3);
        assertThat(ex.attempts()).isEqualTo(3);
        assertThat(ex.getCause()).isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void twoServiceUnavailableAnswersThenSuccessGiveTheToken() {
        this.faults.answerInTurn(this.faults.error(503), this.faults.error(503), this.faults.success());

        RoomToken token = this.faults.template(2).createToken(this.provider.request());

        assertThat(token.token()).isEqualTo("eyJ.good.token");
        assertThat(this.faults.attemptsSeen()).isEqualTo(3);
    }

    @Test
    void tooManyRequestsWaitsAsRetryAfterAsks() {
        this.faults.answerInTurn(this.faults.error(429).withHeader("Retry-After", "1"), this.faults.success());

        long started = System.nanoTime();
        RoomToken token = this.faults.template(2).createToken(this.provider.request());
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(token.token()).isEqualTo("eyJ.good.token");
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(this.faults.attemptsSeen()).isEqualTo(2);
    }

    @Test
    void retryAfterPastTheBudgetEndsAtOnceAndIsCarried() {
        this.faults.answerInTurn(this.faults.error(429).withHeader("Retry-After", "30"), this.faults.success());

        RoomTokenUnavailableException ex = callFails(RoomTokenUnavailableException.class);

        assertThat(this.faults.attemptsSeen()).isEqualTo(1);
        assertThat(ex.attempts()).isEqualTo(1);
        assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(ex.statusCode()).isEqualTo(429);
        assertThat(ex.errorCode()).isEqualTo("E429");
        assertThat(ex.isRetryable()).isTrue();
        assertThat(ex).hasMessageContaining("retry after 30 s").hasCauseInstanceOf(RoomTokenProviderException.class);
    }

    @Test
    void serverErrorsThatOutlastTheRetriesAreUnavailableWithTheLastStatus() {
        this.faults.answerInTurn(this.faults.error(500), this.faults.error(502), this.faults.error(504));

        RoomTokenUnavailableException ex = callFails(RoomTokenUnavailableException.class);

        assertThat(this.faults.attemptsSeen()).isEqualTo(3);
        assertThat(ex.attempts()).isEqualTo(3);
        assertThat(ex.statusCode()).isEqualTo(504);
        assertThat(ex.errorCode()).isEqualTo("E504");
    }

    @Test
    void requestTimeoutIsRetried() {
        this.faults.answerInTurn(this.faults.error(408), this.faults.success());

        assertThat(this.faults.template(2).createToken(this.provider.request()).token()).isEqualTo("eyJ.good.token");
        assertThat(this.faults.attemptsSeen()).isEqualTo(2);
    }

    @Test
    void refusedCredentialsAreNotRetried() {
        assertRefusedAtOnce(this.faults.error(401), 401, "E401");
    }

    @Test
    void rejectedRequestIsNotRetried() {
        assertRefusedAtOnce(this.faults.error(422), 422, "E422");
    }

    @Test
    void htmlInsteadOfATokenIsNotRetried() {
        assertRefusedAtOnce(aResponse().withStatus(this.provider.successStatus())
            .withHeader("Content-Type", "text/html")
            .withBody("<html>maintenance</html>"), this.provider.successStatus(), null);
    }

    @Test
    void answerWithoutTheTokenFieldIsNotRetried() {
        assertRefusedAtOnce(aResponse().withStatus(this.provider.successStatus())
            .withHeader("Content-Type", "application/json")
            .withBody("{\"data\":{},\"something\":\"else\"}"), this.provider.successStatus(), null);
    }

    @Test
    void retriesOffMeansOneAttempt() {
        this.faults.answerInTurn(this.faults.error(503), this.faults.success());

        RoomTokenUnavailableException ex = catchThrowableOfType(RoomTokenUnavailableException.class,
                () -> this.faults.template(0).createToken(this.provider.request()));

        assertThat(ex.attempts()).isEqualTo(1);
        assertThat(this.faults.attemptsSeen()).isEqualTo(1);
    }

    private RoomTokenUnavailableException assertUnavailableAfterThreeAttempts(ResponseDefinitionBuilder answer) {
        this.faults.answerInTurn(answer);

        RoomTokenUnavailableException ex = callFails(RoomTokenUnavailableException.class);

        assertThat(this.faults.attemptsSeen()).isEqualTo(3);
        assertThat(ex.attempts()).isEqualTo(3);
        assertThat(ex.isRetryable()).isTrue();
        assertThat(ex.statusCode()).isNull();
        assertThat(ex.getCause()).isNotNull();
        assertThat(ex.provider()).isEqualTo(this.provider.toString());
        return ex;
    }

    private void assertRefusedAtOnce(ResponseDefinitionBuilder answer, int status, String errorCode) {
        this.faults.answerInTurn(answer, this.faults.success());

        RoomTokenProviderException ex = callFails(RoomTokenProviderException.class);

        assertThat(this.faults.attemptsSeen()).isEqualTo(1);
        assertThat(ex.attempts()).isEqualTo(1);
        assertThat(ex.isRetryable()).isFalse();
        assertThat(ex.statusCode()).isEqualTo(status);
        assertThat(ex.errorCode()).isEqualTo(errorCode);
    }

    private <T extends RoomTokenException> T callFails(Class<T> type) {
        return fails(type, this.faults.template(2));
    }
}
