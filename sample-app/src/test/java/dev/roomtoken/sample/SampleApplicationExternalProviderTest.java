package dev.roomtoken.sample;

import java.net.http.HttpResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app with SignalWire settings given: it talks to that server and starts no emulator.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationExternalProviderTest {

    private static final String PROJECT_ID = "project-7f3a";

    private static final String API_TOKEN = "PT-secret-api-token-91c2";

    private static final WireMockServer provider = startProvider();

    @LocalServerPort
    private int port;

    private SampleAppClient client;

    @Autowired
    private ApplicationContext context;

    private static WireMockServer startProvider() {
        WireMockServer server = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void providerSettings(DynamicPropertyRegistry registry) {
        registry.add("roomtoken.signalwire.base-url", provider::baseUrl);
        registry.add("roomtoken.signalwire.project-id", () -> PROJECT_ID);
        registry.add("roomtoken.signalwire.api-token", () -> API_TOKEN);
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @BeforeEach
    void resetProvider() {
        provider.resetAll();
        this.client = new SampleAppClient(this.port);
    }

    @Test
    void talksToTheConfiguredServerAndStartsNoEmulator() throws Exception {
        provider.stubFor(post("/api/video/room_tokens").willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"token\":\"eyJhbGciOi.eyJyIjoic3RhbmR1cCJ9.c2ln\"}")));

        HttpResponse<String> response = this.client.post("/api/rooms/standup/tokens", "{\"displayName\":\"alice\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"token\":\"eyJhbGciOi.eyJyIjoic3RhbmR1cCJ9.c2ln\"");
        provider.verify(1, postRequestedFor(urlEqualTo("/api/video/room_tokens"))
            .withHeader("Authorization", equalTo("Basic cHJvamVjdC03ZjNhOlBULXNlY3JldC1hcGktdG9rZW4tOTFjMg==")));
        assertThat(this.context.getBeansOfType(RoomTokenEmulator.class)).isEmpty();
    }

    @Test
    void refusedCredentialsAreABadGatewayWithoutTheSecret() throws Exception {
        provider.stubFor(post("/api/video/room_tokens").willReturn(aResponse().withStatus(401)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"error\":\"Unauthorized\"}")));

        HttpResponse<String> response = this.client.post("/api/rooms/standup/tokens", null);

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).contains("\"providerStatus\":401")
            .doesNotContain(API_TOKEN)
            .doesNotContain("cHJvamVjdC03ZjNhOlBULXNlY3JldC1hcGktdG9rZW4tOTFjMg");
    }

}
