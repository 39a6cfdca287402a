package dev.roomtoken.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.InterceptingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * How {@link BoundedRequestFactory} reads and ends another client's answer (Spring's JDK factory,
 * Apache HttpComponents), against a server on loopback that notes when the client ends a
 * connection: bodies of unknown length read byte for byte up to the limit, a body cut and its
 * connection closed as it passes the limit or the attempt's time, an answer left unread aborted
 * instead of drained, and each client's own failures reported as what they are.
 */
class BoundedBodyTest {

    private static final int LIMIT = 3000;

    /** Generous: a connection that is ended is seen ended in milliseconds. */
    private static final Duration PROMPTLY = Duration.ofSeconds(2);

    private static final HttpClient JDK = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final HttpComponentsClientHttpRequestFactory apache = new HttpComponentsClientHttpRequestFactory();

    private LoopbackServer server;

    @AfterEach
    void stop() throws Exception {
        if (this.server != null) {
            this.server.close();
        }
        this.apache.destroy();
    }

    @Test
    void aBodyOfUnknownLengthGrowsToTheLimitByteForByte() throws IOException {
        byte[] body = new byte[LIMIT];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i; // a zero byte where the array grows, at 1024 and 2048
        }
        this.server = new LoopbackServer(LoopbackServer.chunked(200, body));

        try (ClientHttpResponse response = execute(jdk(Duration.ofSeconds(5)))) {
            assertThat(response.getBody().readAllBytes()).isEqualTo(body);
        }
    }

    @Test
    void anAnswerReadToItsEndIsClosedByItsClientAndKeepsItsConnection() throws IOException {
        this.server = new LoopbackServer(LoopbackServer.answer(200, "{\"token\":\"t\"}".getBytes(StandardCharsets.UTF_8)));
        AtomicInteger closed = new AtomicInteger();
        // a factory that wraps another's answers, as one that logs or counts them does
        ClientHttpRequestFactory wrapping = wrapping(Duration.ZERO, new AtomicInteger(), closed);

        for (int call = 0; call < 2; call++) {
            try (ClientHttpResponse response = execute(bounded(wrapping, Duration.ofSeconds(5)))) {
                assertThat(response.getBody().readAllBytes()).asString(StandardCharsets.UTF_8)
                    .isEqualTo("{\"token\":\"t\"}");
            }
        }
        assertThat(closed.get()).as("closes of the wrapped answers").isEqualTo(2);
        assertThat(this.server.connections()).isOne();
    }

    @Test
    void aReadOfNothingTakesNothingAndAReadPastTheEndFindsTheEnd() throws IOException {
        this.server = new LoopbackServer(LoopbackServer.answer(200, "{\"token\":\"t\"}".getBytes(StandardCharsets.UTF_8)));

        try (ClientHttpResponse response = execute(jdk(Duration.ofSeconds(5)))) {
            InputStream body = response.getBody();
            assertThat(body.read(new byte[4], 0, 0)).isZero();
            assertThat(body.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("{\"token\":\"t\"}");
            assertThat(body.read()).isEqualTo(-1);
            assertThat(body.read(new byte[4], 0, 4)).isEqualTo(-1);
        }
    }

    @Test
    void aBodyPassingTheLimitIsCutAndItsConnectionClosedThenAndThere() throws Exception {
        this.server = new LoopbackServer(LoopbackServer.endless(new byte[LIMIT]));
        ClientHttpResponse response = execute(jdk(Duration.ofSeconds(10)));

        assertThatExceptionOfType(AnswerTooLargeException.class).isThrownBy(response.getBody()::readAllBytes);
        // not when the caller closes the answer, nor at the end of the attempt's time
        assertThat(this.server.clientEndedAConnectionWithin(PROMPTLY)).isTrue();
        response.close();
    }

    @Test
    void closingTheBodyBeforeItsEndClosesTheConnection() throws Exception {
        this.server = new LoopbackServer(LoopbackServer.endless(new byte[] { '{' }));
        ClientHttpResponse response = execute(jdk(Duration.ofSeconds(10)));
        InputStream body = response.getBody();
        assertThat(body.read()).isEqualTo('{');

        assertTimeoutPreemptively(PROMPTLY, body::close);

        assertThat(this.server.clientEndedAConnectionWithin(PROMPTLY)).isTrue();
        response.close();
    }

    @Test
    void anAnswerLeftUnreadIsAbortedOnTheJdkClient() throws Exception {
        this.server = new LoopbackServer(LoopbackServer.endless(new byte[0]));
        ClientHttpResponse response = execute(jdk(Duration.ofSeconds(10)));

        // Spring's JDK response drains its body on close: an endless one would never let it return
        assertTimeoutPreemptively(PROMPTLY, response::close);

        assertThat(this.server.clientEndedAConnectionWithin(PROMPTLY)).isTrue();
    }

    @Test
    void anAnswerLeftUnreadIsAbortedOnApacheHttpComponents() throws Exception {
        this.server = new LoopbackServer(LoopbackServer.endless(new byte[0]));
        ClientHttpResponse response = execute(bounded(this.apache, Duration.ofSeconds(10)));

        // Apache's stream drains the rest of the body when it is closed
        assertTimeoutPreemptively(PROMPTLY, response::close);

        assertThat(this.server.clientEndedAConnectionWithin(PROMPTLY)).isTrue();
    }

    @Test
    void aBodyThatStallsIsEndedAtTheAttemptsTimeout() throws Exception {
        this.server = new LoopbackServer(LoopbackServer.stall("Transfer-Encoding: chunked"));
        ClientHttpResponse response = execute(jdk(Duration.ofMillis(300)));

        // no byte comes to end the wait: only the attempt's watchdog does
        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> assertThatExceptionOfType(HttpTimeoutException.class)
            .isThrownBy(response.getBody()::readAllBytes)
            .withMessage("no whole answer within 300 ms"));
        assertThat(this.server.clientEndedAConnectionWithin(PROMPTLY)).isTrue();
        response.close();
    }

    @Test
    void aReadAfterTheDeadlineFailsAndEndsTheConnectionEvenWhenTheWatchdogIsLate() throws Exception {
        this.server = new LoopbackServer(LoopbackServer.endless(new byte[] { '{' }));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(1);
        Watchdog.schedule(() -> {
            busy.countDown();
            awaitQuietly(release);
        }, 0);
        try {
            busy.await();
            ClientHttpResponse response = execute(jdk(Duration.ofMillis(200)));
            Thread.sleep(400);

            assertThatExceptionOfType(HttpTimeoutException.class).isThrownBy(() -> response.getBody().read())
                .withMessage("no whole answer within 200 ms");
            assertThat(this.server.clientEndedAConnectionWithin(PROMPTLY)).isTrue();
            response.close();
        }
        finally {
            release.countDown();
        }
    }

    @Test
    void theClientsOwnReadTimeoutIsReportedAsTheAttemptsTimeout() throws IOException {
        this.server = new LoopbackServer(LoopbackServer.stall("Transfer-Encoding: chunked"));
        this.apache.setReadTimeout(Duration.ofMillis(200));

        try (ClientHttpResponse response = execute(bounded(this.apache, Duration.ofSeconds(5)))) {
            // Apache's SocketTimeoutException, typed as every client's timeout is
            assertThatExceptionOfType(HttpTimeoutException.class).isThrownBy(response.getBody()::readAllBytes)
                .withMessage("no whole answer within 5000 ms");
        }
    }

    @Test
    void aConnectionCutMidBodyIsReportedAsTheFailureItIsNotAsATimeout() throws IOException {
        this.server = new LoopbackServer(LoopbackServer.cut(100));

        try (ClientHttpResponse response = execute(jdk(Duration.ofSeconds(5)))) {
            assertThatIOException().isThrownBy(response.getBody()::readAllBytes)
                .isNotInstanceOf(HttpTimeoutException.class);
        }
    }

    @Test
    void aTimeoutIsFoundUnderTheWordsOfEachClient() {
        // Jetty's: an IOException caused by a TimeoutException
        assertThat(BoundedBody.isTimeout(new IOException("read failed", new TimeoutException()))).isTrue();
        assertThat(BoundedBody.isTimeout(new IOException("reset", new IOException("by peer")))).isFalse();
        // a cause chain that loops ends the search, whether on itself or through another failure
        assertThat(BoundedBody.isTimeout(new SelfCaused())).isFalse();
        IOException first = new IOException("first");
        IOException second = new IOException("second", first);
        first.initCause(second);
        assertTimeoutPreemptively(PROMPTLY, () -> assertThat(BoundedBody.isTimeout(first)).isFalse());
    }

    @Test
    void aStreamNotYetSubscribedIsReadOnceReadyWithoutSpinning() throws IOException {
        this.server = new LoopbackServer(LoopbackServer.answer(200, "{\"token\":\"t\"}".getBytes(StandardCharsets.UTF_8)));
        AtomicInteger refused = new AtomicInteger();
        ClientHttpRequestFactory reactor = wrapping(Duration.ofMillis(100), refused, new AtomicInteger());

        try (ClientHttpResponse response = execute(bounded(reactor, Duration.ofSeconds(5)))) {
            assertThat(response.getBody().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("{\"token\":\"t\"}");
        }
        // tried again about every millisecond, not in a busy loop of millions
        assertThat(refused.get()).isPositive().isLessThan(1_000);
    }

    @Test
    void aStreamThatIsNeverSubscribedEndsAtTheAttemptsTimeout() throws IOException {
        this.server = new LoopbackServer(LoopbackServer.answer(200, "{}".getBytes(StandardCharsets.UTF_8)));
        ClientHttpRequestFactory reactor = wrapping(Duration.ofDays(1), new AtomicInteger(), new AtomicInteger());

        try (ClientHttpResponse response = execute(bounded(reactor, Duration.ofMillis(300)))) {
            assertThatExceptionOfType(HttpTimeoutException.class).isThrownBy(response.getBody()::readAllBytes)
                .withMessage("no whole answer within 300 ms");
        }
    }

    @Test
    void aReaderInterruptedWhileWaitingForTheStreamStopsAndKeepsItsInterrupt() throws IOException {
        this.server = new LoopbackServer(LoopbackServer.answer(200, "{}".getBytes(StandardCharsets.UTF_8)));
        ClientHttpRequestFactory reactor = wrapping(Duration.ofDays(1), new AtomicInteger(), new AtomicInteger());

        try (ClientHttpResponse response = execute(bounded(reactor, Duration.ofSeconds(5)))) {
            Thread.currentThread().interrupt();
            assertThatExceptionOfType(InterruptedIOException.class).isThrownBy(response.getBody()::readAllBytes)
                .withMessage("Interrupted while waiting for the answer");
            assertThat(Thread.interrupted()).as("still interrupted").isTrue();
        }
        finally {
            Thread.interrupted();
        }
    }

    private ClientHttpResponse execute(ClientHttpRequestFactory factory) throws IOException {
        return factory.createRequest(this.server.uri(), HttpMethod.POST).execute();
    }

    private static ClientHttpRequestFactory jdk(Duration readTimeout) {
        return bounded(new JdkClientHttpRequestFactory(JDK), readTimeout);
    }

    private static ClientHttpRequestFactory bounded(ClientHttpRequestFactory factory, Duration readTimeout) {
        return BoundedRequestFactory.of(factory, readTimeout, LIMIT);
    }

    /**
     * The JDK client behind a factory that wraps its answers: their bodies refuse reads with an
     * {@link IllegalStateException} for the given time, as Spring's stream over Reactor Netty does
     * until the event loop has subscribed it; their closes are counted.
     */
    private static ClientHttpRequestFactory wrapping(Duration notSubscribedFor, AtomicInteger refused,
            AtomicInteger closed) {
        return new InterceptingClientHttpRequestFactory(new JdkClientHttpRequestFactory(JDK),
                List.of((request, body, execution) -> new WrappedAnswer(execution.execute(request, body),
                        System.nanoTime() + AttemptDeadline.nanos(notSubscribedFor), refused, closed)));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /** An answer whose body refuses reads until a time, and whose closes are counted. */
    private static final class WrappedAnswer implements ClientHttpResponse {

        private final ClientHttpResponse response;

        private final InputStream body;

        private final AtomicInteger closed;

        WrappedAnswer(ClientHttpResponse response, long readyNanos, AtomicInteger refused, AtomicInteger closed)
                throws IOException {
            this.response = response;
            this.closed = closed;
            InputStream real = response.getBody();
            this.body = new InputStream() {

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xFF);
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    if (System.nanoTime() - readyNanos < 0) {
                        refused.incrementAndGet();
                        throw new IllegalStateException("The stream is not subscribed yet");
                    }
                    return real.read(buffer, offset, length);
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        }

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return this.response.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return this.response.getStatusText();
        }

        @Override
        public HttpHeaders getHeaders() {
            return this.response.getHeaders();
        }

        @Override
        public InputStream getBody() {
            return this.body;
        }

        @Override
        public void close() {
            this.closed.incrementAndGet();
            this.response.close();
        }
    }

    /** A failure whose cause is itself, as some libraries' are. */
    private static final class SelfCaused extends IOException {

        private static final long serialVersionUID = 1L;

        @Override
        public synchronized Throwable getCause() {
            return this;
        }
    }
}
