package dev.roomtoken.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
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
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The request factory the provider clients use on the JDK client: what it sends, how it reads the
 * answer, and its read timeout, against a real HTTP server.
 */
class BufferedJdkRequestFactoryTest {

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
        BufferedJdkRequestFactory impatient = new BufferedJdkRequestFactory(HttpClient.newHttpClient(),
                Duration.ofMillis(300), 64 * 1024);

        long started = System.nanoTime();
        assertThatExceptionOfType(HttpTimeoutException.class)
            .isThrownBy(() -> impatient.createRequest(uri("/drip"), HttpMethod.POST).execute())
            .withMessage("no whole answer within 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    private URI uri(String path) {
        return URI.create(this.server.baseUrl() + path);
    }
}
