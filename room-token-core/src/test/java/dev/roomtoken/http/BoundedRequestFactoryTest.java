package dev.roomtoken.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The limits put on another client's requests, here Spring's JDK factory, against a real server
 * (the JDK's, which sends exactly the length or chunking it is told to): answers read whole up to
 * the limit, whether their length is declared or chunked, and refused past it.
 */
class BoundedRequestFactoryTest {

    private static final int LIMIT = 1000;

    private final HttpServer server;

    private String answer = "";

    private boolean chunked;

    /** Whether the server, having sent the answer, keeps the body open, sending a byte a second. */
    private boolean endless;

    /** The request the server read last: its method, its {@code X-Trace} header and its body. */
    private volatile String received = "";

    private final ClientHttpRequestFactory factory = BoundedRequestFactory.of(new JdkClientHttpRequestFactory(),
            Duration.ofSeconds(5), LIMIT);

    BoundedRequestFactoryTest() throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.server.createContext("/t", (exchange) -> {
            byte[] body = this.answer.getBytes(StandardCharsets.UTF_8);
            this.received = exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("X-Trace") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("X-Answer", "a");
            exchange.sendResponseHeaders(201, this.chunked ? 0 : body.length);
            try (exchange) {
                exchange.getResponseBody().write(body);
                while (this.endless) {
                    exchange.getResponseBody().flush();
                    Thread.sleep(1_000);
                    exchange.getResponseBody().write('x');
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            catch (IOException ex) {
                // the client stopped reading, as it should past the limit
            }
        });
        this.server.start();
    }

    @AfterEach
    void stop() {
        this.server.stop(0);
    }

    @Test
    void theRequestIsTheOtherClientsWithItsMethodUriHeadersBodyAndAttributes() throws IOException {
        this.answer = "{}";
        ClientHttpRequest request = this.factory.createRequest(uri(), HttpMethod.PUT);
        request.getHeaders().set("X-Trace", "t-1");
        request.getBody().write("{\"room\":1}".getBytes(StandardCharsets.UTF_8));
        request.getAttributes().put("attempt", 1);

        assertThat(request.getMethod()).isEqualTo(HttpMethod.PUT);
        assertThat(request.getURI()).isEqualTo(uri());
        assertThat(request.getAttributes()).containsEntry("attempt", 1);
        request.execute().close();
        assertThat(this.received).isEqualTo("PUT t-1 {\"room\":1}");
    }

    @Test
    void theAnswersStatusAndHeadersAreTheOtherClients() throws IOException {
        this.answer = "{}";

        try (ClientHttpResponse response = this.factory.createRequest(uri(), HttpMethod.POST).execute()) {
            assertThat(response.getStatusCode().value()).isEqualTo(201);
            assertThat(response.getStatusText()).isEqualTo("Created");
            assertThat(response.getHeaders().getFirst("X-Answer")).isEqualTo("a");
        }
    }

    @Test
    void anAnswerOfDeclaredLengthUpToTheLimitIsReadWhole() throws IOException {
        String body = "d".repeat(LIMIT);
        this.answer = body;

        assertThat(readAll()).isEqualTo(body);
    }

    @Test
    void aChunkedAnswerUpToTheLimitIsReadWhole() throws IOException {
        String body = "c".repeat(LIMIT);
        this.answer = body;
        this.chunked = true;

        assertThat(readAll()).isEqualTo(body);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        this.answer = "x".repeat(LIMIT + 1);

        assertThatExceptionOfType(AnswerTooLargeException.class).isThrownBy(this::readAll)
            .withMessage("the answer declares 1001 bytes, more than the 1000 bytes the client reads "
                    + "(roomtoken.http.max-response-size)")
            .extracting(AnswerTooLargeException::statusCode)
            .isEqualTo(201);
    }

    @Test
    void aRefusedAnswerHasItsConnectionClosedThoughTheCallerNeverSeesIt() throws Exception {
        try (LoopbackServer loopback = new LoopbackServer((in, out) -> {
            LoopbackServer.head(out, 200, "Content-Length: 100000");
            while (true) {
                out.write('x');
                out.flush();
                Thread.sleep(20);
            }
        })) {
            assertThatExceptionOfType(AnswerTooLargeException.class)
                .isThrownBy(() -> this.factory.createRequest(loopback.uri(), HttpMethod.POST).execute());
            assertThat(loopback.clientEndedAConnectionWithin(Duration.ofSeconds(2))).isTrue();
        }
    }

    @Test
    void aChunkedAnswerIsCutAsItPassesTheLimit() {
        this.answer = "x".repeat(LIMIT + 1);
        this.chunked = true;

        assertThatExceptionOfType(AnswerTooLargeException.class).isThrownBy(this::readAll)
            .withMessage("the answer passed the 1000 bytes the client reads (roomtoken.http.max-response-size)");
    }

    @Test
    void aBodyThatNeverEndsFailsAtTheAttemptsTimeout() {
        ClientHttpRequestFactory impatient = BoundedRequestFactory.of(new JdkClientHttpRequestFactory(),
                Duration.ofMillis(500), LIMIT);
        this.answer = "{\"tok";
        this.chunked = true;
        this.endless = true;

        long started = System.nanoTime();
        assertThatExceptionOfType(HttpTimeoutException.class).isThrownBy(() -> readAll(impatient))
            .withMessage("no whole answer within 500 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void anAnswerLeftUnreadIsAbortedInsteadOfDrained() throws IOException {
        this.answer = "{\"tok";
        this.chunked = true;
        this.endless = true;
        ClientHttpResponse response = this.factory.createRequest(uri(), HttpMethod.POST).execute();

        // drained, an endless body would never let close() return
        assertTimeoutPreemptively(Duration.ofSeconds(2), response::close);
    }

    @Test
    void anotherBoundedFactoryOrTheBufferedJdkOneIsNotWrappedAgain() {
        assertThat(BoundedRequestFactory.of(this.factory, Duration.ofSeconds(1), 10)).isSameAs(this.factory);
        ClientHttpRequestFactory jdk = JdkRequestFactories.create(Duration.ofSeconds(1), Duration.ofSeconds(1), 10);
        assertThat(BoundedRequestFactory.of(jdk, Duration.ofSeconds(1), 10)).isSameAs(jdk);
    }

    private String readAll() throws IOException {
        return readAll(this.factory);
    }

    private String readAll(ClientHttpRequestFactory factory) throws IOException {
        try (ClientHttpResponse response = factory.createRequest(uri(), HttpMethod.POST).execute()) {
            return new String(response.getBody().readAllBytes());
        }
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/t");
    }
}
