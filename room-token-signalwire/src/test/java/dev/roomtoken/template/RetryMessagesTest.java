package dev.roomtoken.template;

import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import dev.roomtoken.Issuance;
import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.RoomTokenUnavailableException;
import dev.roomtoken.http.JdkRequestFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The exact words a caller and the WARN log get when retries end, and the retry rules whose
 * boundaries only a wait shows: a {@code Retry-After} as long as the longest delay of a policy
 * without a budget is waited for, and a budget too long to count in nanoseconds is no budget
 * problem. One provider suffices: retrying is the template's, the same for every provider.
 */
class RetryMessagesTest {

    private static final String ANSWER_503 = "signalwire answered HTTP 503 [E503]: failure 503 (attribute room_name)";

    private final ProviderUnderTest provider = new SignalWireUnderTest();

    private final FaultServer faults = new FaultServer(this.provider, 10);

    @AfterEach
    void stop() {
        this.faults.close();
    }

    @Test
    void answersThatOutlastTheRetriesAreCountedInTheMessageAndTheLog() {
        this.faults.answerInTurn(this.faults.error(503));

        try (CapturedLogs logs = new CapturedLogs()) {
            RoomTokenUnavailableException ex = fails(template(2));

            assertThat(ex).hasMessage("signalwire stayed unavailable after 3 attempts: " + ANSWER_503);
            assertThat(this.faults.attemptsSeen()).isEqualTo(3);
            assertThat(logs.lines()).contains("dev.roomtoken.RoomTokenTemplate signalwire create failed after 3 "
                    + "attempts: signalwire stayed unavailable after 3 attempts: " + ANSWER_503);
        }
    }

    @Test
    void oneAttemptIsOneAttemptInTheMessageAndTheLog() {
        this.faults.answerInTurn(this.faults.error(503));

        try (CapturedLogs logs = new CapturedLogs()) {
            RoomTokenUnavailableException ex = fails(template(0));

            assertThat(ex).hasMessage("signalwire stayed unavailable after 1 attempt: " + ANSWER_503);
            assertThat(this.faults.attemptsSeen()).isEqualTo(1);
            assertThat(logs.lines()).contains("dev.roomtoken.RoomTokenTemplate signalwire create failed after 1 "
                    + "attempt: signalwire stayed unavailable after 1 attempt: " + ANSWER_503);
        }
    }

    @Test
    void aRetryAfterWithinTheBudgetIsNamedWithoutAReasonItEnded() {
        this.faults.answerInTurn(this.faults.error(503).withHeader("Retry-After", "0"));

        RoomTokenUnavailableException ex = fails(template(1));

        assertThat(ex).hasMessage("signalwire stayed unavailable after 2 attempts: " + ANSWER_503
                + "; it asked to retry after 0 s");
        assertThat(this.faults.attemptsSeen()).isEqualTo(2);
    }

    @Test
    void aRetryAfterPastTheBudgetSaysSo() {
        this.faults.answerInTurn(this.faults.error(503).withHeader("Retry-After", "5"));

        RoomTokenUnavailableException ex = fails(template(2));

        assertThat(ex).hasMessage("signalwire stayed unavailable after 1 attempt: " + ANSWER_503
                + "; it asked to retry after 5 s, longer than the retry budget left");
        assertThat(this.faults.attemptsSeen()).isEqualTo(1);
    }

    @Test
    void theTimeASlowAttemptTookCountsAgainstTheRetryAfter() {
        this.faults.answerInTurn(this.faults.error(503).withHeader("Retry-After", "3").withFixedDelay(1500),
                this.faults.success());

        RoomTokenUnavailableException ex = fails(template(2));

        assertThat(ex).hasMessage("signalwire stayed unavailable after 1 attempt: " + ANSWER_503
                + "; it asked to retry after 3 s, longer than the retry budget left");
        assertThat(this.faults.attemptsSeen()).isEqualTo(1);
    }

    @Test
    void eachAttemptIsLoggedAtDebugWithItsStatusAndTime() {
        this.faults.answerInTurn(this.faults.error(503), this.faults.success());

        try (CapturedLogs logs = new CapturedLogs()) {
            template(2).createToken(this.provider.request());

            assertThat(logs.lines()).filteredOn((line) -> line.startsWith("dev.roomtoken.RoomTokenTemplate "))
                .hasSize(2)
                .satisfiesExactly(
                        (line) -> assertThat(line).matches("\\S+ signalwire create attempt 1: HTTP 503 in \\d{1,4} ms"),
                        (line) -> assertThat(line).matches("\\S+ signalwire create attempt 2: HTTP 200 in \\d{1,4} ms"));
        }
    }

    @Test
    void withoutABudgetARetryAfterAsLongAsTheLongestDelayIsWaitedFor() {
        this.faults.answerInTurn(this.faults.error(429).withHeader("Retry-After", "1"), this.faults.success());
        RoomTokenTemplate noBudget = template(RetryPolicy.builder().maxRetries(2).delay(Duration.ofMillis(20))
            .maxDelay(Duration.ofSeconds(1)).timeout(Duration.ZERO).build());

        long started = System.nanoTime();
        String token = noBudget.createToken(this.provider.request()).token();

        assertThat(token).isEqualTo("eyJ.good.token");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(this.faults.attemptsSeen()).isEqualTo(2);
    }

    @Test
    void anAnswerTooSlowIsNamedWithItsCauseAndMessage() {
        this.faults.answerInTurn(this.faults.success().withFixedDelay(1000));
        RoomTokenTemplate impatient = FaultServer.template(this.provider, URI.create(this.faults.server.baseUrl()),
                Duration.ofMillis(300), RetryPolicy.withMaxRetries(0));

        RoomTokenUnavailableException ex = fails(impatient);

        // the JDK's own timer and the attempt's deadline race: either may be the one that ends it
        assertThat(ex.getCause()).isInstanceOf(HttpTimeoutException.class);
        assertThat(ex.getCause().getMessage()).isIn("no whole answer within 300 ms", "request timed out");
        assertThat(ex).hasMessage("signalwire could not be reached: HttpTimeoutException: " + ex.getCause().getMessage());
    }

    @Test
    void aFinishedCallsBudgetDoesNotBoundLaterExchangesOnTheSameThread() throws InterruptedException {
        this.faults.answerInTurn(this.faults.success());
        URI baseUrl = URI.create(this.faults.server.baseUrl());
        template(RetryPolicy.builder().maxRetries(0).timeout(Duration.ofMillis(300)).build())
            .createToken(this.provider.request());
        Thread.sleep(400);

        RoomTokenIssuer plainIssuer = this.provider.client(baseUrl, RestClient.builder(),
                JdkRequestFactories.create(Duration.ofSeconds(2), Duration.ofSeconds(3), FaultServer.MAX_RESPONSE_BYTES));

        Issuance.Exchange exchange = (Issuance.Exchange) plainIssuer.prepareCreate(this.provider.request());

        assertThat(exchange.send().token().token()).isEqualTo("eyJ.good.token");
    }

    @Test
    void aBudgetTooLongToCountInNanosecondsStillRetries() {
        this.faults.answerInTurn(this.faults.error(503), this.faults.success());
        RoomTokenTemplate centuries = template(RetryPolicy.builder().maxRetries(2).delay(Duration.ofMillis(20))
            .timeout(Duration.ofDays(365L * 1000)).build());

        assertThat(centuries.createToken(this.provider.request()).token()).isEqualTo("eyJ.good.token");
        assertThat(this.faults.attemptsSeen()).isEqualTo(2);
    }

    /**
     * A template with up to {@code maxRetries} retries 20 ms apart within the suite's budget,
     * and a read timeout long enough that a cold JVM's first exchange is never retried.
     */
    private RoomTokenTemplate template(int maxRetries) {
        return template(RetryPolicy.builder().maxRetries(maxRetries).delay(Duration.ofMillis(20))
            .timeout(FaultServer.RETRY_BUDGET).build());
    }

    private RoomTokenTemplate template(RetryPolicy retryPolicy) {
        return FaultServer.template(this.provider, URI.create(this.faults.server.baseUrl()), Duration.ofSeconds(3),
                retryPolicy);
    }

    private RoomTokenUnavailableException fails(RoomTokenTemplate template) {
        RoomTokenUnavailableException ex = catchThrowableOfType(RoomTokenUnavailableException.class,
                () -> template.createToken(this.provider.request()));
        assertThat(ex).as("the call's exception").isNotNull();
        return ex;
    }
}
