package dev.roomtoken.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The request factory the provider clients use on the JDK client: what it sends, how it reads the
 * answer, and its read timeout, against a real HTTP server.
 */
class BufferedJdkRequestFactoryTest {

    private static final HttpClient JDK = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final WireMockServer server = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    private final BufferedJdkRequestFactory factory = new BufferedJdkRequestFactory(
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), Duration.ofSeconds(5), 64 * 1024);

    BufferedJdkRequestFactoryTest() {
        this.server.start();
    }

    @AfterEach
    void stop() {
        this.server.stop();
    }

    @Test
    void sendsTheBodyAndHeadersAndReadsTheWholeAnswer() throws IOException {
        this.server.stubFor(post("/tokens").willReturn(aResponse().withStatus(201)
            .withHeader("content-type", "application/json")
            .withHeader("retry-after", "3")
            .withBody("{\"token\":\"t\"}")));

        ClientHttpRequest request = this.factory.createRequest(uri("/tokens"), HttpMethod.POST);
        request.getHeaders().set(HttpHeaders.CONTENT_TYPE, "application/json");
        request.getHeaders().set("X-Custom", "value");
        request.getHeaders().set(HttpHeaders.CONTENT_LENGTH, "11");
        request.getHeaders().set(HttpHeaders.CONNECTION, "close");
        request.getBody().write("{\"room\":1}\n".getBytes(StandardCharsets.UTF_8));

        try (ClientHttpResponse response = request.execute()) {
            assertThat(response.getStatusCode().value()).isEqualTo(201);
            assertThat(response.getStatusText()).isEqualTo("Created");
            assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("3");
            assertThat(response.getHeaders().getFirst("RETRY-AFTER")).isEqualTo("3");
            assertThat(response.getHeaders().getContentType()).hasToString("application/json");
            assertThat(response.getBody().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("{\"token\":\"t\"}");
        }
        this.server.verify(postRequestedFor(urlEqualTo("/tokens")).withHeader("Content-Type", equalTo("application/json"))
            .withHeader("X-Custom", equalTo("value"))
            .withHeader("Content-Length", equalTo("11"))
            .withRequestBody(equalTo("{\"room\":1}\n")));
    }

    @Test
    void aRequestWithoutABodySendsNone() throws IOException {
        this.server.stubFor(post("/empty").willReturn(aResponse().withStatus(204)));

        try (ClientHttpResponse response = this.factory.createRequest(uri("/empty"), HttpMethod.POST).execute()) {
            assertThat(response.getStatusCode().value()).isEqualTo(204);
            assertThat(response.getBody().readAllBytes()).isEmpty();
        }
        this.server.verify(postRequestedFor(urlEqualTo("/empty")).withHeader("Content-Type", absent()));
        assertThat(this.server.getAllServeEvents().get(0).getRequest().getBody()).isEmpty();
    }

    @Test
    void theAnswersHeadersCannotBeChanged() throws IOException {
        this.server.stubFor(post("/tokens").willReturn(aResponse().withStatus(200).withHeader("X-Answer", "a")));

        try (ClientHttpResponse response = this.factory.createRequest(uri("/tokens"), HttpMethod.POST).execute()) {
            assertThatThrownBy(() -> response.getHeaders().set("X-Answer", "b"))
                .isInstanceOf(UnsupportedOperationException.class);
            assertThat(response.getHeaders().getFirst("x-answer")).isEqualTo("a");
        }
    }

    @Test
    void aRequestIsSentOnceAndThenCannotBeChanged() throws IOException {
        this.server.stubFor(post("/tokens").willReturn(aResponse().withStatus(200)));
        ClientHttpRequest request = this.factory.createRequest(uri("/tokens"), HttpMethod.POST);
        request.getHeaders().add("x-trace", "a");
        request.getHeaders().add("X-Trace", "b");

        request.execute().close();

        assertThatIllegalStateException().isThrownBy(request::execute);
        assertThatIllegalStateException().isThrownBy(request::getBody);
        assertThatThrownBy(() -> request.getHeaders().set("X-Late", "1"))
            .isInstanceOf(UnsupportedOperationException.class);
        assertThat(request.getHeaders().get("X-TRACE")).containsExactly("a", "b");
        this.server.verify(1, postRequestedFor(urlEqualTo("/tokens")).withHeader("X-Trace", equalTo("a"))
            .withHeader("X-Trace", equalTo("b")));
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutFails() {
        this.server.stubFor(post("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(2_000)));
        BufferedJdkRequestFactory impatient = new BufferedJdkRequestFactory(HttpClient.newHttpClient(),
                Duration.ofMillis(300), 64 * 1024);

        assertThatExceptionOfType(HttpTimeoutException.class)
            .isThrownBy(() -> impatient.createRequest(uri("/slow"), HttpMethod.POST).execute());
    }

    @Test
    void aBodyThatDripsAfterTheHeadersEndsAtTheReadTimeout() {
        this.server.stubFor(post("/drip").willReturn(aResponse().withStatus(200).withBody("{\"token\":\"eyJ.drip\"}")
            .withChunkedDribbleDelay(10, 6_000)));
        // a second, not less: on a busy machine the headers alone may take a few hundred ms, and
        // then the JDK's own timeout, not the body's, would be the one that ends the call
        BufferedJdkRequestFactory impatient = new BufferedJdkRequestFactory(HttpClient.newHttpClient(),
                Duration.ofMillis(1000), 64 * 1024);

        long started = System.nanoTime();
        assertThatExceptionOfType(HttpTimeoutException.class)
            .isThrownBy(() -> impatient.createRequest(uri("/drip"), HttpMethod.POST).execute())
            .withMessage("no whole answer within 1000 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aRequestKeepsItsMethodUriAndAttributes() throws IOException {
        ClientHttpRequest request = this.factory.createRequest(uri("/tokens"), HttpMethod.PUT);
        request.getAttributes().put("attempt", 1);

        assertThat(request.getMethod()).isEqualTo(HttpMethod.PUT);
        assertThat(request.getURI()).isEqualTo(uri("/tokens"));
        assertThat(request.getAttributes()).containsEntry("attempt", 1);
    }

    @Test
    void aBodyThatStallsAfterTheHeadersEndsAtTheReadTimeoutAndItsConnectionIsClosed() throws Exception {
        try (LoopbackServer stalling = new LoopbackServer(LoopbackServer.stall("Transfer-Encoding: chunked"))) {
            BufferedJdkRequestFactory impatient = new BufferedJdkRequestFactory(HttpClient.newHttpClient(),
                    Duration.ofMillis(300), 64 * 1024);

            // no byte comes to end the wait: only the attempt's watchdog does
            assertTimeoutPreemptively(Duration.ofSeconds(3), () -> assertThatExceptionOfType(HttpTimeoutException.class)
                .isThrownBy(() -> impatient.createRequest(stalling.uri(), HttpMethod.POST).execute())
                .withMessage("no whole answer within 300 ms"));
            assertThat(stalling.clientEndedAConnectionWithin(Duration.ofSeconds(2))).isTrue();
        }
    }

    @Test
    void anAnswerOfExactlyTheLimitIsReadWholeWhetherItsLengthIsDeclaredOrNot() throws IOException {
        byte[] body = "t".repeat(1000).getBytes(StandardCharsets.UTF_8);
        for (LoopbackServer.Script script : List.of(LoopbackServer.answer(200, body), LoopbackServer.chunked(200, body))) {
            try (LoopbackServer loopback = new LoopbackServer(script);
                    ClientHttpResponse response = capped(1000).createRequest(loopback.uri(), HttpMethod.POST).execute()) {
                assertThat(response.getBody().readAllBytes()).isEqualTo(body);
            }
        }
    }

    @Test
    void anAnswerOverTheLimitIsRefusedWithItsStatusAndNotAsATimeout() throws IOException {
        byte[] body = "e".repeat(1001).getBytes(StandardCharsets.UTF_8);
        try (LoopbackServer declared = new LoopbackServer(LoopbackServer.answer(500, body));
                LoopbackServer chunked = new LoopbackServer(LoopbackServer.chunked(500, body))) {
            assertThatExceptionOfType(AnswerTooLargeException.class)
                .isThrownBy(() -> capped(1000).createRequest(declared.uri(), HttpMethod.POST).execute())
                .withMessage("the answer declares 1001 bytes, more than the 1000 bytes the client reads "
                        + "(roomtoken.http.max-response-size)")
                .extracting(AnswerTooLargeException::statusCode)
                .isEqualTo(500);
            assertThatExceptionOfType(AnswerTooLargeException.class)
                .isThrownBy(() -> capped(1000).createRequest(chunked.uri(), HttpMethod.POST).execute())
                .withMessage("the answer passed the 1000 bytes the client reads (roomtoken.http.max-response-size)")
                .extracting(AnswerTooLargeException::statusCode)
                .isEqualTo(500);
        }
    }

    @Test
    void aConnectionCutMidBodyIsReportedAsTheFailureItIsNotAsATimeout() throws IOException {
        try (LoopbackServer cutting = new LoopbackServer(LoopbackServer.cut(100))) {
            assertThatIOException().isThrownBy(() -> capped(1000).createRequest(cutting.uri(), HttpMethod.POST).execute())
                .isNotInstanceOf(HttpTimeoutException.class);
        }
    }

    @Test
    void aCallerInterruptedWhileWaitingStopsKeepsItsInterruptAndTheAnswerIsCut() throws Exception {
        try (LoopbackServer stalling = new LoopbackServer(LoopbackServer.stall("Transfer-Encoding: chunked"))) {
            // a client that, unlike the JDK's own since JDK 16, leaves the exchange going when interrupted
            BufferedJdkRequestFactory factory = new BufferedJdkRequestFactory(new Decorated(false),
                    Duration.ofSeconds(5), 1000);
            Thread caller = Thread.currentThread();
            Watchdog.schedule(caller::interrupt, Duration.ofMillis(200).toNanos());
            try {
                assertThatExceptionOfType(InterruptedIOException.class)
                    .isThrownBy(() -> factory.createRequest(stalling.uri(), HttpMethod.POST).execute())
                    .withMessage("Interrupted while waiting for 127.0.0.1");
                assertThat(Thread.interrupted()).as("still interrupted").isTrue();
            }
            finally {
                Thread.interrupted();
            }
            assertThat(stalling.clientEndedAConnectionWithin(Duration.ofSeconds(2))).isTrue();
        }
    }

    @Test
    void headersThatComeJustAsTheTimeRunsOutEndTheAttemptAtOnce() throws Exception {
        try (LoopbackServer stalling = new LoopbackServer(LoopbackServer.stall("Transfer-Encoding: chunked"))) {
            // the client hands the answer over only once the attempt's watchdog has run
            BufferedJdkRequestFactory factory = new BufferedJdkRequestFactory(new Decorated(true),
                    Duration.ofMillis(200), 1000);

            assertTimeoutPreemptively(Duration.ofSeconds(3), () -> assertThatExceptionOfType(HttpTimeoutException.class)
                .isThrownBy(() -> factory.createRequest(stalling.uri(), HttpMethod.POST).execute())
                .withMessage("no whole answer within 200 ms"));
            assertThat(stalling.clientEndedAConnectionWithin(Duration.ofSeconds(2))).isTrue();
        }
    }

    private static BufferedJdkRequestFactory capped(int maxResponseBytes) {
        return new BufferedJdkRequestFactory(JDK, Duration.ofSeconds(5), maxResponseBytes);
    }

    /**
     * An {@link HttpClient} over the JDK's, as an application's decorator would be: its
     * {@code send} waits on {@code sendAsync} and leaves the exchange going if the caller is
     * interrupted. It can hold an answer's headers back until the attempt's watchdog has run.
     */
    private static final class Decorated extends HttpClient {

        private final boolean headersAfterTheWatchdog;

        Decorated(boolean headersAfterTheWatchdog) {
            this.headersAfterTheWatchdog = headersAfterTheWatchdog;
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws IOException, InterruptedException {
            try {
                return sendAsync(request, handler).get();
            }
            catch (ExecutionException ex) {
                throw (ex.getCause() instanceof IOException io) ? io : new IOException(ex.getCause());
            }
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                HttpResponse.BodyHandler<T> handler) {
            if (!this.headersAfterTheWatchdog) {
                return JDK.sendAsync(request, handler);
            }
            long timeout = AttemptDeadline.nanos(request.timeout().orElseThrow());
            return JDK.sendAsync(request, (info) -> {
                // the watchdog runs its tasks in time order: this one after the attempt's own
                CountDownLatch ran = new CountDownLatch(1);
                Watchdog.schedule(ran::countDown, timeout + 1_000_000);
                try {
                    ran.await();
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                return handler.apply(info);
            });
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                HttpResponse.BodyHandler<T> handler, HttpResponse.@Nullable PushPromiseHandler<T> pushPromiseHandler) {
            return sendAsync(request, handler);
        }

        @Override
        public Optional<CookieHandler> cookieHandler() {
            return JDK.cookieHandler();
        }

        @Override
        public Optional<Duration> connectTimeout() {
            return JDK.connectTimeout();
        }

        @Override
        public Redirect followRedirects() {
            return JDK.followRedirects();
        }

        @Override
        public Optional<ProxySelector> proxy() {
            return JDK.proxy();
        }

        @Override
        public SSLContext sslContext() {
            return JDK.sslContext();
        }

        @Override
        public SSLParameters sslParameters() {
            return JDK.sslParameters();
        }

        @Override
        public Optional<Authenticator> authenticator() {
            return JDK.authenticator();
        }

        @Override
        public Version version() {
            return JDK.version();
        }

        @Override
        public Optional<Executor> executor() {
            return JDK.executor();
        }
    }

    private URI uri(String path) {
        return URI.create(this.server.baseUrl() + path);
    }
}
