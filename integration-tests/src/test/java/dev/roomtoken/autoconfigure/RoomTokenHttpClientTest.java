package dev.roomtoken.autoconfigure;

import java.net.InetSocketAddress;
import java.net.ProxySelector;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.RoomTokenUnavailableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The provider clients are made from Spring Boot's {@link RestClient.Builder}, so the
 * application's customizers apply, while the starter's timeouts stay the starter's own.
 */
class RoomTokenHttpClientTest {

    static final WireMockServer provider = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    static {
        provider.start();
    }

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
                ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
                RoomTokenAutoConfiguration.class))
        .withPropertyValues("roomtoken.signalwire.base-url=" + provider.baseUrl(), "roomtoken.signalwire.project-id=p",
                "roomtoken.signalwire.api-token=t", "spring.http.clients.imperative.factory=jdk");

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @BeforeEach
    void answerSlowly() {
        provider.resetAll();
        provider.stubFor(post("/api/video/room_tokens").willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"token\":\"eyJ.t\"}")
            .withFixedDelay(1500)));
        provider.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withBody("done").withFixedDelay(1500)));
    }

    @Test
    void theApplicationsRestClientCustomizersApply() {
        this.contextRunner.withPropertyValues("roomtoken.http.read-timeout=5s")
            .withBean(RestClientCustomizer.class, () -> (builder) -> builder.defaultHeader("X-Tenant", "acme"))
            .run((context) -> {
                context.getBean(RoomTokenTemplate.class).createToken(RoomTokenRequest.forRoom("standup").build());
                provider.verify(postRequestedFor(urlEqualTo("/api/video/room_tokens"))
                    .withHeader("X-Tenant", equalTo("acme")));
            });
    }

    @Test
    void theReadTimeoutIsAppliedAndStaysOurs() {
        this.contextRunner.withPropertyValues("roomtoken.http.read-timeout=500ms", "roomtoken.retry.enabled=false")
            .run((context) -> {
                assertThatExceptionOfType(RoomTokenUnavailableException.class).isThrownBy(() -> context
                    .getBean(RoomTokenTemplate.class)
                    .createToken(RoomTokenRequest.forRoom("standup").build()));
                String slow = context.getBean(RestClient.Builder.class)
                    .build()
                    .get()
                    .uri(provider.baseUrl() + "/slow")
                    .retrieve()
                    .body(String.class);
                assertThat(slow).isEqualTo("done");
            });
    }

    @Test
    void aRequestFactoryBuilderCustomizerOfTheApplicationApplies() {
        ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder> viaProxy = (builder) -> builder
            .withProxySelector(proxyAtTheProvider());
        this.contextRunner.withPropertyValues(behindAProxy())
            .withBean(ClientHttpRequestFactoryBuilderCustomizer.class, () -> viaProxy)
            .run((context) -> assertTheCallWentThroughTheProxy(context.getBean(RoomTokenTemplate.class)));
    }

    @Test
    void theApplicationsOwnRequestFactoryBuilderApplies() {
        this.contextRunner.withPropertyValues(behindAProxy())
            .withBean(ClientHttpRequestFactoryBuilder.class,
                    () -> ClientHttpRequestFactoryBuilder.jdk().withProxySelector(proxyAtTheProvider()))
            .run((context) -> assertTheCallWentThroughTheProxy(context.getBean(RoomTokenTemplate.class)));
    }

    @Test
    void onlyBootsUncustomizedBuilderCountsAsADefault() {
        this.contextRunner.run((context) -> assertThat(RequestFactoryBuilderOrigin.isDefault(context.getBeanFactory()))
            .isTrue());
        this.contextRunner.withBean(ClientHttpRequestFactoryBuilderCustomizer.class, () -> (builder) -> builder)
            .run((context) -> assertThat(RequestFactoryBuilderOrigin.isDefault(context.getBeanFactory())).isFalse());
        this.contextRunner.withBean(ClientHttpRequestFactoryBuilder.class, ClientHttpRequestFactoryBuilder::jdk)
            .run((context) -> assertThat(RequestFactoryBuilderOrigin.isDefault(context.getBeanFactory())).isFalse());
    }

    private static String[] behindAProxy() {
        return new String[] { "roomtoken.signalwire.base-url=http://signalwire.invalid",
                "roomtoken.http.allow-insecure=true", "roomtoken.retry.enabled=false" };
    }

    private static ProxySelector proxyAtTheProvider() {
        return ProxySelector.of(new InetSocketAddress("localhost", provider.port()));
    }

    private static void assertTheCallWentThroughTheProxy(RoomTokenTemplate template) {
        provider.stubFor(post("/api/video/room_tokens").willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"token\":\"eyJ.proxied\"}")));
        assertThat(template.createToken(RoomTokenRequest.forRoom("standup").build()).token()).isEqualTo("eyJ.proxied");
        provider.verify(postRequestedFor(urlEqualTo("/api/video/room_tokens")).withHeader("Host",
                equalTo("signalwire.invalid")));
    }

    @Test
    void theStartersTimeoutsAreNotAGlobalCustomizer() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(RestClientCustomizer.class)
            .doesNotHaveBean(RetryTemplate.class));
    }
}
