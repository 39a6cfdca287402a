package dev.roomtoken.autoconfigure;

import java.net.http.HttpTimeoutException;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.RoomTokenUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Provider calls through the starter on each HTTP client Boot can detect, with the application's
 * other clients set to follow redirects: a redirect is never followed, an oversized answer is
 * refused, and a dripping one ends at the read timeout.
 */
class EveryHttpClientTest {

    private static final String TOKENS = "/api/video/room_tokens";

    private final WireMockServer provider = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    private final WireMockServer otherOrigin = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    private final ApplicationContextRunner contextRunner;

    EveryHttpClientTest() {
        this.provider.start();
        this.otherOrigin.start();
        this.contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
                    ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
                    RoomTokenAutoConfiguration.class))
            .withPropertyValues("roomtoken.signalwire.base-url=" + this.provider.baseUrl(),
                    "roomtoken.signalwire.project-id=project-1", "roomtoken.signalwire.api-token=PTsecret-api-token",
                    "roomtoken.retry.delay=10ms", "roomtoken.retry.jitter=0ms", "roomtoken.http.read-timeout=10s",
                    "roomtoken.http.max-response-size=8KB", "spring.http.clients.redirects=follow");
    }

    @AfterEach
    void stop() {
        this.provider.stop();
        this.otherOrigin.stop();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "jdk", "http-components", "jetty", "reactor" })
    void aRedirectToAnotherOriginIsNeverFollowed(String client) {
        this.provider.stubFor(post(TOKENS).willReturn(aResponse().withStatus(307)
            .withHeader("Location", this.otherOrigin.baseUrl() + TOKENS)));
        this.otherOrigin.stubFor(post(TOKENS).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"token\":\"eyJ.stolen\"}")));

        this.contextRunner.withPropertyValues("spring.http.clients.imperative.factory=" + client).run((context) -> {
            RoomTokenProviderException ex = catchThrowableOfType(RoomTokenProviderException.class,
                    () -> createToken(context.getBean(RoomTokenTemplate.class)));

            assertThat(ex.statusCode()).isEqualTo(307);
            assertThat(ex.isRetryable()).isFalse();
            assertThat(this.otherOrigin.getAllServeEvents()).isEmpty();
            assertThat(this.provider.getAllServeEvents()).hasSize(1);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "jdk", "http-components", "jetty", "reactor" })
    void anAnswerOverTheSizeLimitIsRefusedAndNotRetried(String client) {
        this.provider.stubFor(post(TOKENS).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"token\":\"" + "e".repeat(20_000) + "\"}")));

        this.contextRunner.withPropertyValues("spring.http.clients.imperative.factory=" + client).run((context) -> {
            RoomTokenProviderException ex = catchThrowableOfType(RoomTokenProviderException.class,
                    () -> createToken(context.getBean(RoomTokenTemplate.class)));

            assertThat(ex.isRetryable()).isFalse();
            assertThat(ex.getMessage()).contains("8192 bytes the client reads (roomtoken.http.max-response-size)");
            assertThat(this.provider.getAllServeEvents()).hasSize(1);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "jdk", "http-components", "jetty", "reactor" })
    void aDrippingAnswerEndsAtTheReadTimeout(String client) {
        this.provider.stubFor(post(TOKENS).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"token\":\"eyJ.slow.token\"}")
            .withChunkedDribbleDelay(20, 8_000)));

        this.contextRunner.withPropertyValues("spring.http.clients.imperative.factory=" + client,
                "roomtoken.http.read-timeout=700ms", "roomtoken.retry.enabled=false").run((context) -> {
                    RoomTokenTemplate template = context.getBean(RoomTokenTemplate.class);
                    long started = System.nanoTime();
                    RoomTokenUnavailableException ex = catchThrowableOfType(RoomTokenUnavailableException.class,
                            () -> createToken(template));

                    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_500));
                    assertThat(ex.getCause()).isInstanceOf(HttpTimeoutException.class);
                });
    }

    private static void createToken(RoomTokenTemplate template) {
        template.createToken(RoomTokenRequest.forRoom("standup").build());
    }
}
