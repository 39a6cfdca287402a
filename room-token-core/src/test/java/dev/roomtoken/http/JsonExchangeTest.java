package dev.roomtoken.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * One provider call as every REST provider makes it, through a client made as a provider's issuer
 * builder makes it ({@link RestIssuerBuilder}, {@link ProviderRestClientBuilders}), against a real server:
 * what is sent, the answers handed back to the provider's client, those never used (a redirect, a
 * success status the provider does not document, an answer over the limit), and a provider out of
 * reach or out of time.
 */
class JsonExchangeTest {

    private static final byte[] BODY = "{\"room\":\"r 1\"}".getBytes(StandardCharsets.UTF_8);

    private final WireMockServer server = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    JsonExchangeTest() {
        this.server.start();
    }

    @AfterEach
    void stop() {
        this.server.stop();
    }

    @Test
    void postsTheJsonBodyAndHandsBackTheWholeAnswerWithTheExchangesMasking() {
        answer(aResponse().withStatus(201).withHeader("X-Answer", "a").withBody("{\"token\":\"t\"} s3cret"));

        ProviderResponse response = exchange(new AcmeBuilder()).post("/rooms/{id}/tokens", BODY, "r 1");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().getFirst("X-Answer")).isEqualTo("a");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"token\":\"t\"} s3cret");
        assertThat(response.clean("echo s3cret")).isEqualTo("echo ******");
        this.server.verify(postRequestedFor(urlEqualTo("/rooms/r%201/tokens"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("Accept", equalTo("application/json"))
            .withHeader("Content-Length", equalTo(String.valueOf(BODY.length)))
            .withRequestBody(equalTo("{\"room\":\"r 1\"}")));
    }

    @Test
    void aRequestsOwnHeadersAndSecretAreItsOwn() {
        answer(aResponse().withStatus(201).withBody("{}"));
        JsonExchange exchange = exchange(new AcmeBuilder());

        ProviderResponse withHeaders = exchange.post("/tokens", BODY, (headers) -> headers.setBearerAuth("k-1"));
        ProviderResponse withSecret = exchange.post("/tokens", BODY, (headers) -> headers.set("X-Refresh", "r"),
                ProviderText.masking("s3cret", "refresh-9"));

        assertThat(withHeaders.clean("s3cret refresh-9")).isEqualTo("****** refresh-9");
        assertThat(withSecret.clean("s3cret refresh-9")).isEqualTo("****** ******");
        this.server.verify(postRequestedFor(urlEqualTo("/tokens")).withHeader("Authorization", equalTo("Bearer k-1")));
        this.server.verify(postRequestedFor(urlEqualTo("/tokens")).withHeader("X-Refresh", equalTo("r")));
    }

    @Test
    void anAnswerTheProviderMayExplainIsHandedBack() {
        for (int status : new int[] { 400, 503 }) {
            answer(aResponse().withStatus(status).withBody("{\"error\":\"e\"}"));

            assertThat(exchange(new AcmeBuilder()).post("/tokens", BODY).statusCode()).isEqualTo(status);
        }
    }

    @Test
    void aRedirectIsNeverFollowedAndNamesOnlyItsHost() {
        answer(aResponse().withStatus(307).withHeader("Location", "https://other.example/steal?key=s3cret"));
        assertUnusable(307, "a redirect to host other.example, which is not followed: set the provider's base URL to "
                + "where it should go");

        answer(aResponse().withStatus(300).withHeader("Location", "/elsewhere"));
        assertUnusable(300, "a redirect, which is not followed: set the provider's base URL to where it should go");

        answer(aResponse().withStatus(399));
        assertUnusable(399, "a redirect, which is not followed: set the provider's base URL to where it should go");

        answer(aResponse().withStatus(302).withHeader("Location", "http://bad host/"));
        assertUnusable(302, "a redirect, which is not followed: set the provider's base URL to where it should go");
    }

    @Test
    void aSuccessStatusTheProviderDoesNotDocumentIsNotUsed() {
        for (int status : new int[] { 200, 299 }) {
            answer(aResponse().withStatus(status).withBody("{\"token\":\"t\"}"));

            assertUnusable(status, "a success status that is not the 201 that acme answers a token request with");
        }
    }

    @Test
    void anAnswerOverTheLimitIsNotUsedAndKeepsItsStatus() {
        answer(aResponse().withStatus(201).withHeader("Content-Length", "1001").withBody("x".repeat(1001)));
        assertUnusable(201, "the answer declares 1001 bytes, more than the 1000 bytes the client reads "
                + "(roomtoken.http.max-response-size)");

        answer(aResponse().withStatus(201).withBody("x".repeat(1001)));
        assertUnusable(201, "the answer passed the 1000 bytes the client reads (roomtoken.http.max-response-size)");
    }

    @Test
    void aProviderOutOfReachIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            closedPort = socket.getLocalPort();
        }
        AcmeBuilder builder = new AcmeBuilder();
        builder.baseUrl = URI.create("http://127.0.0.1:" + closedPort);

        assertThatExceptionOfType(RoomTokenUnavailableException.class)
            .isThrownBy(() -> exchange(builder).post("/tokens", BODY))
            .withMessage("acme could not be reached: ConnectException")
            .satisfies((ex) -> assertThat(ex.isRetryable()).isTrue());
    }

    @Test
    void aProviderOutOfTimeIsUnavailableWithTheTimeoutsWords() throws IOException {
        try (LoopbackServer stalling = new LoopbackServer(LoopbackServer.stall("Transfer-Encoding: chunked"))) {
            AcmeBuilder builder = new AcmeBuilder();
            builder.baseUrl = stalling.uri().resolve("/");
            builder.requestFactory(JdkRequestFactories.create(Duration.ofSeconds(2), Duration.ofMillis(300), 1000));

            assertThatExceptionOfType(RoomTokenUnavailableException.class)
                .isThrownBy(() -> exchange(builder).post("/tokens", BODY))
                .withMessage("acme could not be reached: HttpTimeoutException: no whole answer within 300 ms");
        }
    }

    @Test
    void theApplicationsBuilderIsUsedButItsCredentialsAreNotSentToTheProvider() {
        answer(aResponse().withStatus(201).withBody("{}"));
        RestClient.Builder application = RestClient.builder()
            .defaultHeader("X-App", "app")
            .defaultHeader(HttpHeaders.AUTHORIZATION, "Basic YXBwOnNlY3JldA==");
        AcmeBuilder builder = new AcmeBuilder();

        assertThat(builder.restClientBuilder(application)).isSameAs(builder);
        exchange(builder).post("/tokens", BODY);

        this.server.verify(postRequestedFor(urlEqualTo("/tokens")).withHeader("X-App", equalTo("app"))
            .withHeader("Authorization", absent()));
    }

    @Test
    void theRequestFactoryGivenCarriesTheCalls() {
        answer(aResponse().withStatus(201).withBody("{\"token\":\"t\"}"));
        AtomicInteger requests = new AtomicInteger();
        ClientHttpRequestFactory springs = new JdkClientHttpRequestFactory();
        AcmeBuilder builder = new AcmeBuilder();

        assertThat(builder.requestFactory((uri, method) -> {
            requests.incrementAndGet();
            return springs.createRequest(uri, method);
        })).isSameAs(builder);
        ProviderResponse response = exchange(builder).post("/tokens", BODY);

        assertThat(requests.get()).isOne();
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"token\":\"t\"}");
    }

    @Test
    void theClockIsTheSystemsUnlessOneIsSet() {
        AcmeBuilder builder = new AcmeBuilder();
        Clock fixed = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

        assertThat(builder.clock()).isEqualTo(Clock.systemUTC());
        assertThat(builder.clock(fixed)).isSameAs(builder);
        assertThat(builder.clock()).isSameAs(fixed);
        assertThatNullPointerException().isThrownBy(() -> builder.clock(null)).withMessage("clock");
    }

    @Test
    void theWireFormatIgnoresFieldsItDoesNotKnow() {
        assertThat(WireJson.mapper().readValue("{\"token\":\"t\",\"new_field\":1}", Wire.class))
            .isEqualTo(new Wire("t"));
    }

    @Test
    void aWholeBodyIsHandedOverUncopiedUntilItsReadingStarts() {
        byte[] bytes = BODY.clone();
        WholeBody body = new WholeBody(bytes);

        assertThat(body.unread()).isSameAs(bytes);
        assertThat(body.read()).isEqualTo('{');
        assertThat(body.unread()).isNull();
    }

    private void answer(ResponseDefinitionBuilder answer) {
        this.server.resetAll();
        this.server.stubFor(post(anyUrl()).willReturn(answer));
    }

    private JsonExchange exchange(AcmeBuilder builder) {
        if (builder.baseUrl == null) {
            builder.baseUrl = URI.create(this.server.baseUrl());
        }
        return builder.exchange();
    }

    private void assertUnusable(int status, String summary) {
        assertThatExceptionOfType(RoomTokenProviderException.class)
            .isThrownBy(() -> exchange(new AcmeBuilder()).post("/tokens", BODY))
            .withMessage("acme answered HTTP " + status + ": " + summary)
            .satisfies((ex) -> assertThat(ex.isRetryable()).isFalse());
    }

    record Wire(String token) {
    }

    /**
     * A REST provider's issuer builder, as SignalWire's and Telnyx's are; calls go through the
     * default JDK client with a 1000-byte limit unless another request factory is set.
     */
    static final class AcmeBuilder extends RestIssuerBuilder<AcmeBuilder> {

        URI baseUrl;

        private boolean factorySet;

        @Override
        public AcmeBuilder requestFactory(ClientHttpRequestFactory requestFactory) {
            this.factorySet = true;
            return super.requestFactory(requestFactory);
        }

        JsonExchange exchange() {
            if (!this.factorySet) {
                requestFactory(JdkRequestFactories.create(Duration.ofSeconds(2), Duration.ofSeconds(5), 1000));
            }
            return new JsonExchange("acme", restClient(this.baseUrl), 201, ProviderText.masking("s3cret"));
        }
    }
}
