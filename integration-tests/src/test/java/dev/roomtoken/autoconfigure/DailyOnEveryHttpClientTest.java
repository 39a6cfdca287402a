package dev.roomtoken.autoconfigure;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Daily's REST mode, as the starter configures it from {@code roomtoken.daily.*}, on each HTTP
 * client Boot can detect, with the application's other clients set to follow redirects: it mints
 * with its bearer key, and never follows a redirect.
 */
class DailyOnEveryHttpClientTest {

    private static final String TOKENS = "/v1/meeting-tokens";

    private final WireMockServer daily = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    private final WireMockServer otherOrigin = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    private final ApplicationContextRunner contextRunner;

    DailyOnEveryHttpClientTest() {
        this.daily.start();
        this.otherOrigin.start();
        this.contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
                    ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
                    RoomTokenAutoConfiguration.class))
            .withPropertyValues("roomtoken.daily.base-url=" + this.daily.baseUrl() + "/v1",
                    "roomtoken.daily.api-key=daily-secret-key-5d8e1a", "roomtoken.daily.domain-name=example",
                    "roomtoken.retry.delay=10ms", "roomtoken.retry.jitter=0ms", "spring.http.clients.redirects=follow");
    }

    @AfterEach
    void stop() {
        this.daily.stop();
        this.otherOrigin.stop();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "jdk", "http-components", "jetty", "reactor" })
    void mintsWithTheBearerKey(String client) {
        this.daily.stubFor(post(TOKENS).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"token\":\"eyJ.daily.token\"}")));

        this.contextRunner.withPropertyValues("spring.http.clients.imperative.factory=" + client).run((context) -> {
            RoomToken token = createToken(context.getBean(RoomTokenTemplate.class));

            assertThat(token.token()).isEqualTo("eyJ.daily.token");
            assertThat(token.join()).containsEntry("roomUrl", "https://example.daily.co/standup");
            this.daily.verify(postRequestedFor(urlEqualTo(TOKENS))
                .withHeader("Authorization", equalTo("Bearer daily-secret-key-5d8e1a")));
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "jdk", "http-components", "jetty", "reactor" })
    void aRedirectToAnotherOriginIsNeverFollowed(String client) {
        this.daily.stubFor(post(TOKENS).willReturn(aResponse().withStatus(307)
            .withHeader("Location", this.otherOrigin.baseUrl() + TOKENS)));
        this.otherOrigin.stubFor(post(TOKENS).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"token\":\"eyJ.stolen\"}")));

        this.contextRunner.withPropertyValues("spring.http.clients.imperative.factory=" + client).run((context) -> {
            RoomTokenProviderException ex = catchThrowableOfType(RoomTokenProviderException.class,
                    () -> createToken(context.getBean(RoomTokenTemplate.class)));

            assertThat(ex.statusCode()).isEqualTo(307);
            assertThat(this.otherOrigin.getAllServeEvents()).isEmpty();
            assertThat(this.daily.getAllServeEvents()).hasSize(1);
        });
    }

    private static RoomToken createToken(RoomTokenTemplate template) {
        return template.createToken(RoomTokenRequest.forRoom("standup").identity("user-42").build());
    }
}
