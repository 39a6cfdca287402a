package dev.roomtoken.template;

import java.net.URI;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.http.JdkRequestFactories;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A WireMock server that plays one provider's token endpoint and answers in turn as a test says,
 * and a template pointed at it with short, test-sized retry delays and read timeout.
 */
final class FaultServer implements AutoCloseable {

    /** The read timeout of the tests about timeouts: short, so that they are fast. */
    static final Duration READ_TIMEOUT = Duration.ofMillis(500);

    /** The read timeout of every other test: long enough for a busy machine's first request. */
    static final Duration PATIENT_READ_TIMEOUT = Duration.ofSeconds(5);

    static final Duration RETRY_BUDGET = Duration.ofSeconds(4);

    static final int MAX_RESPONSE_BYTES = 32 * 1024;

    final WireMockServer server;

    private final ProviderUnderTest provider;

    FaultServer(ProviderUnderTest provider, int containerThreads) {
        this.provider = provider;
        this.server = new WireMockServer(
                options().dynamicPort().http2PlainDisabled(true).containerThreads(containerThreads));
        this.server.start();
    }

    /** A template with up to {@code maxRetries} retries 20 ms apart, within {@link #RETRY_BUDGET}. */
    RoomTokenTemplate template(int maxRetries) {
        return templateBuilder(maxRetries, RestClient.builder()).build();
    }

    /** A template with up to {@code maxRetries} retries and the given read timeout. */
    RoomTokenTemplate template(int maxRetries, Duration readTimeout) {
        return templateBuilder(maxRetries, RestClient.builder(), readTimeout).build();
    }

    /**
     * A template builder with up to {@code maxRetries} retries 20 ms apart, within
     * {@link #RETRY_BUDGET}, whose HTTP client is made from the given builder with the
     * {@link #PATIENT_READ_TIMEOUT}.
     */
    RoomTokenTemplate.Builder templateBuilder(int maxRetries, RestClient.Builder restClient) {
        return templateBuilder(maxRetries, restClient, PATIENT_READ_TIMEOUT);
    }

    /** As {@link #templateBuilder(int, RestClient.Builder)}, with the given read timeout. */
    RoomTokenTemplate.Builder templateBuilder(int maxRetries, RestClient.Builder restClient, Duration readTimeout) {
        ClientHttpRequestFactory requestFactory = JdkRequestFactories.create(Duration.ofSeconds(2), readTimeout,
                MAX_RESPONSE_BYTES);
        RetryPolicy retryPolicy = RetryPolicy.builder()
            .maxRetries(maxRetries)
            .delay(Duration.ofMillis(20))
            .timeout(RETRY_BUDGET)
            .build();
        return RoomTokenTemplate
            .builder(this.provider.client(URI.create(this.server.baseUrl()), restClient, requestFactory))
            .retryPolicy(retryPolicy);
    }

    /**
     * A template for the given provider at the given base URL, on the default JDK client with
     * the given read timeout and the suite's size limit.
     */
    static RoomTokenTemplate template(ProviderUnderTest provider, URI baseUrl, Duration readTimeout,
            RetryPolicy retryPolicy) {
        ClientHttpRequestFactory requestFactory = JdkRequestFactories.create(Duration.ofSeconds(2), readTimeout,
                MAX_RESPONSE_BYTES);
        return RoomTokenTemplate.builder(provider.client(baseUrl, RestClient.builder(), requestFactory))
            .retryPolicy(retryPolicy)
            .build();
    }

    /** Answers the token endpoint with each answer once, in turn; the last one from then on. */
    void answerInTurn(ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            String state = (i == 0) ? Scenario.STARTED : "answer-" + i;
            this.server.stubFor(post(urlEqualTo(this.provider.tokenPath())).inScenario("in turn")
                .whenScenarioStateIs(state)
                .willReturn(answers[i])
                .willSetStateTo((i + 1 < answers.length) ? "answer-" + (i + 1) : state));
        }
    }

    /** The provider's successful answer, with the token {@code eyJ.good.token}. */
    ResponseDefinitionBuilder success() {
        return aResponse().withStatus(this.provider.successStatus())
            .withHeader("Content-Type", "application/json")
            .withBody(this.provider.successBody("eyJ.good.token"));
    }

    /** The provider's error answer with the given status and the error code {@code E<status>}. */
    ResponseDefinitionBuilder error(int status) {
        return aResponse().withStatus(status)
            .withHeader("Content-Type", "application/json")
            .withBody(this.provider.errorBody("E" + status, "failure " + status));
    }

    /** How many requests reached the token endpoint. */
    int attemptsSeen() {
        return this.server.countRequestsMatching(postRequestedFor(urlEqualTo(this.provider.tokenPath())).build())
            .getCount();
    }

    /** How many requests reached the server at all. */
    int requestsSeen() {
        return this.server.countRequestsMatching(postRequestedFor(anyUrl()).build()).getCount();
    }

    @Override
    public void close() {
        this.server.stop();
    }
}
