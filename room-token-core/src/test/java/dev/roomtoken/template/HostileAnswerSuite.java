package dev.roomtoken.template;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.RoomTokenUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.retry.RetryPolicy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider that turns hostile over real HTTP: it redirects elsewhere, drips or stalls its
 * answer, or sends one that is too large or never ends. Each provider module runs it against
 * itself. Wall times are asserted with room to spare for a busy machine: each bound is several
 * times shorter than what the old behaviour took.
 */
abstract class HostileAnswerSuite extends ProviderSuite {

    private static final String JSON = "Content-Type: application/json";

    /** What a busy machine may add to a bound before a test calls it broken. */
    private static final Duration SLACK = Duration.ofMillis(700);

    private final WireMockServer otherOrigin = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    HostileAnswerSuite() {
        this.otherOrigin.start();
    }

    @AfterEach
    void stopOtherOrigin() {
        this.otherOrigin.stop();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = { 301, 302, 303, 307, 308 })
    void aRedirectIsNotFollowedAndTheOtherOriginSeesNothing(int status) {
        this.faults.answerInTurn(aResponse().withStatus(status)
            .withHeader("Location", this.otherOrigin.baseUrl() + "/steal?key=" + this.provider.secret()));

        RoomTokenProviderException ex = fails(RoomTokenProviderException.class, this.faults.template(2));

        assertThat(this.otherOrigin.getAllServeEvents()).isEmpty();
        assertThat(this.faults.attemptsSeen()).isEqualTo(1);
        assertThat(ex.statusCode()).isEqualTo(status);
        assertThat(ex.isRetryable()).isFalse();
        assertThat(ex).hasMessage(this.provider + " answered HTTP " + status
                + ": a redirect to host localhost, which is not followed: set the provider's base URL to where it "
                + "should go");
    }

    @Test
    void aBodyDrippingPastTheReadTimeoutEndsTheAttemptAtTheReadTimeout() {
        this.faults.answerInTurn(this.faults.success().withChunkedDribbleDelay(20, 6_000));

        long started = System.nanoTime();
        RoomTokenUnavailableException ex = fails(RoomTokenUnavailableException.class,
                this.faults.template(0, FaultServer.READ_TIMEOUT));

        assertThat(elapsedSince(started)).isLessThan(FaultServer.READ_TIMEOUT.plus(SLACK));
        assertThat(ex.getCause()).isInstanceOf(HttpTimeoutException.class);
        assertThat(ex.attempts()).isEqualTo(1);
    }

    @Test
    void headersThenSilenceEndTheAttemptAtTheReadTimeout() throws IOException {
        try (HostileServer server = new HostileServer((out) -> {
            HostileServer.head(out, this.provider.successStatus(), JSON, "Content-Length: 100");
            HostileServer.write(out, "{\"tok");
            Thread.sleep(20_000);
        })) {
            long started = System.nanoTime();
            RoomTokenUnavailableException ex = fails(RoomTokenUnavailableException.class,
                    template(server.baseUrl(), FaultServer.READ_TIMEOUT, retries(0, Duration.ofSeconds(4))));

            assertThat(elapsedSince(started)).isLessThan(FaultServer.READ_TIMEOUT.plus(SLACK));
            assertThat(ex.getCause()).isInstanceOf(HttpTimeoutException.class);
        }
    }

    @Test
    void attemptsEndWithinTheRetryBudgetTheLastOneGettingOnlyWhatIsLeft() throws IOException {
        try (HostileServer server = new HostileServer((out) -> {
            HostileServer.head(out, this.provider.successStatus(), JSON, "Content-Length: 100");
            Thread.sleep(20_000);
        })) {
            Duration budget = Duration.ofMillis(1_000);
            long started = System.nanoTime();
            RoomTokenUnavailableException ex = fails(RoomTokenUnavailableException.class,
                    template(server.baseUrl(), Duration.ofMillis(800), retries(5, budget)));

            // two attempts: 800 ms, then what is left of the second; not 5 x 800 ms, nor 2 x 800 ms
            assertThat(elapsedSince(started)).isLessThan(budget.plus(Duration.ofMillis(350)));
            assertThat(server.requests()).isEqualTo(2);
            assertThat(ex.attempts()).isEqualTo(2);
        }
    }

    @Test
    void anAnswerDeclaringMoreThanTheLimitIsRefusedBeforeItsBodyIsRead() throws IOException {
        try (HostileServer server = new HostileServer((out) -> {
            HostileServer.head(out, this.provider.successStatus(), JSON, "Content-Length: 1500000000");
            Thread.sleep(20_000);
        })) {
            long started = System.nanoTime();
            RoomTokenProviderException ex = fails(RoomTokenProviderException.class,
                    template(server.baseUrl(), Duration.ofSeconds(3), retries(2, Duration.ofSeconds(10))));

            assertThat(elapsedSince(started)).isLessThan(SLACK);
            assertThat(ex.isRetryable()).isFalse();
            assertThat(ex.statusCode()).isEqualTo(this.provider.successStatus());
            assertThat(ex).hasMessageEndingWith("the answer declares 1500000000 bytes, more than the "
                    + FaultServer.MAX_RESPONSE_BYTES + " bytes the client reads (roomtoken.http.max-response-size)");
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    @Test
    void anEndlessAnswerIsCutAtTheLimitAndTheNextCallIsServed() throws IOException {
        byte[] chunk = ("2000\r\n" + "x".repeat(0x2000) + "\r\n").getBytes();
        try (HostileServer server = new HostileServer((out) -> {
            HostileServer.head(out, this.provider.successStatus(), JSON, "Transfer-Encoding: chunked");
            while (true) {
                out.write(chunk);
            }
        })) {
            RoomTokenProviderException ex = fails(RoomTokenProviderException.class,
                    template(server.baseUrl(), Duration.ofSeconds(3), retries(2, Duration.ofSeconds(10))));

            assertThat(ex.isRetryable()).isFalse();
            assertThat(ex).hasMessageEndingWith("the answer passed the " + FaultServer.MAX_RESPONSE_BYTES
                    + " bytes the client reads (roomtoken.http.max-response-size)");
            assertThat(server.requests()).isEqualTo(1);
        }
        this.faults.answerInTurn(this.faults.success());
        assertThat(this.faults.template(0).createToken(this.provider.request()).token()).isEqualTo("eyJ.good.token");
    }

    private RoomTokenTemplate template(URI baseUrl, Duration readTimeout, RetryPolicy retryPolicy) {
        return FaultServer.template(this.provider, baseUrl, readTimeout, retryPolicy);
    }

    private static RetryPolicy retries(int maxRetries, Duration budget) {
        return RetryPolicy.builder().maxRetries(maxRetries).delay(Duration.ofMillis(20)).timeout(budget).build();
    }

    private static Duration elapsedSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
