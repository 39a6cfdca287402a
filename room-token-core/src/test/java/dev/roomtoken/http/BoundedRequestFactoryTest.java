package dev.roomtoken.http;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The limits put on another client's requests, here Spring's JDK factory, against a real server:
 * answers read whole up to the limit, whether their length is declared or chunked, and refused
 * past it.
 */
class BoundedRequestFactoryTest {

    private static final int LIMIT = 1000;

    private final WireMockServer server = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    private final ClientHttpRequestFactory factory = BoundedRequestFactory.of(new JdkClientHttpRequestFactory(),
            Duration.ofSeconds(5), LIMIT);

    BoundedRequestFactoryTest() {
        this.server.start();
    }

    @AfterEach
    void stop() {
        this.server.stop();
    }

    @Test
    void anAnswerOfDeclaredLengthUpToTheLimitIsReadWhole() throws IOException {
        String body = "d".repeat(LIMIT);
        this.server.stubFor(post("/t").willReturn(aResponse().withStatus(200).withBody(body)
            .withHeader("Content-Length", String.valueOf(LIMIT))));

        assertThat(readAll()).isEqualTo(body);
    }

    @Test
    void aChunkedAnswerUpToTheLimitIsReadWhole() throws IOException {
        String body = "c".repeat(LIMIT);
        this.server.stubFor(post("/t").willReturn(aResponse().withStatus(200).withBody(body).withChunkedDribbleDelay(4, 40)));

        assertThat(readAll()).isEqualTo(body);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        this.server.stubFor(post("/t").willReturn(aResponse().withStatus(200).withBody("x".repeat(LIMIT + 1))
            .withHeader("Content-Length", String.valueOf(LIMIT + 1))));

        assertThatExceptionOfType(AnswerTooLargeException.class).isThrownBy(this::readAll)
            .withMessage("the answer declares 1001 bytes, more than the 1000 bytes the client reads "
                    + "(roomtoken.http.max-response-size)");
    }

    @Test
    void aChunkedAnswerIsCutAsItPassesTheLimit() {
        this.server.stubFor(post("/t").willReturn(aResponse().withStatus(200).withBody("x".repeat(LIMIT + 1))
            .withChunkedDribbleDelay(3, 30)));

        assertThatExceptionOfType(AnswerTooLargeException.class).isThrownBy(this::readAll)
            .withMessage("the answer passed the 1000 bytes the client reads (roomtoken.http.max-response-size)");
    }

    @Test
    void anotherBoundedFactoryOrTheBufferedJdkOneIsNotWrappedAgain() {
        assertThat(BoundedRequestFactory.of(this.factory, Duration.ofSeconds(1), 10)).isSameAs(this.factory);
        ClientHttpRequestFactory jdk = DefaultRequestFactory.create(Duration.ofSeconds(1), Duration.ofSeconds(1), 10);
        assertThat(BoundedRequestFactory.of(jdk, Duration.ofSeconds(1), 10)).isSameAs(jdk);
    }

    private String readAll() throws IOException {
        try (ClientHttpResponse response = this.factory.createRequest(URI.create(this.server.baseUrl() + "/t"),
                HttpMethod.POST).execute()) {
            return new String(response.getBody().readAllBytes());
        }
    }
}
