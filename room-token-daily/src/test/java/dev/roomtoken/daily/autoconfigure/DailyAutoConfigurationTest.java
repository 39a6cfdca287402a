package dev.roomtoken.daily.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.autoconfigure.RoomTokenAutoConfiguration;
import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Each {@code roomtoken.daily.*} property reaches the tokens the auto-configured template mints, in
 * REST mode through a server on loopback, in self-signed mode in the token's claims; and any Daily
 * setting makes Daily configured, so half a configuration stops start-up.
 */
class DailyAutoConfigurationTest {

    private static final String API_KEY = "daily-secret-key-5d8e1a";

    private static final String DOMAIN_ID = "30f866c3-9123-452a-8723-ff58322d09c5";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final WireMockServer daily = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RoomTokenAutoConfiguration.class, DailyAutoConfiguration.class))
        .withPropertyValues("roomtoken.daily.api-key=" + API_KEY);

    @AfterEach
    void stop() {
        this.daily.stop();
    }

    @Test
    void restModeSendsEveryPropertyToTheConfiguredBaseUrl() {
        this.daily.start();
        this.daily.stubFor(post(urlEqualTo("/v1/meeting-tokens")).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"token\":\"eyJ.minted.token\"}")));
        this.contextRunner.withPropertyValues("roomtoken.daily.base-url=" + this.daily.baseUrl() + "/v1",
                "roomtoken.daily.token-ttl=30m", "roomtoken.daily.domain-name=example",
                "roomtoken.daily.defaults.owner=true", "roomtoken.daily.defaults.lang=pt-BR",
                "roomtoken.daily.defaults.enable-recording=raw-tracks",
                "roomtoken.daily.defaults.eject-after-elapsed=10m", "roomtoken.daily.defaults.enable-prejoin-ui=false",
                "roomtoken.daily.defaults.redirect-on-meeting-exit=https://example.com/after")
            .run((context) -> {
                RoomToken token = context.getBean(RoomTokenTemplate.class)
                    .createToken(RoomTokenRequest.forRoom("standup").identity("user-42").displayName("Alice").build());

                assertThat(token.token()).isEqualTo("eyJ.minted.token");
                assertThat(token.join()).containsExactly(Map.entry("roomUrl", "https://example.daily.co/standup"));
                this.daily.verify(postRequestedFor(urlEqualTo("/v1/meeting-tokens"))
                    .withHeader("Authorization", equalTo("Bearer " + API_KEY)));
                Map<String, Object> body = JSON.readValue(
                        this.daily.getAllServeEvents().get(0).getRequest().getBodyAsString(), MAP);
                @SuppressWarnings("unchecked")
                Map<String, Object> properties = (Map<String, Object>) body.get("properties");
                assertThat(properties).containsEntry("room_name", "standup")
                    .containsEntry("user_id", "user-42")
                    .containsEntry("user_name", "Alice")
                    .containsEntry("is_owner", true)
                    .containsEntry("lang", "pt-BR")
                    .containsEntry("enable_recording", "raw-tracks")
                    .containsEntry("eject_after_elapsed", 600)
                    .containsEntry("enable_prejoin_ui", false)
                    .containsEntry("redirect_on_meeting_exit", "https://example.com/after");
                long exp = ((Number) properties.get("exp")).longValue();
                assertThat(token.expiresAt()).isEqualTo(Instant.ofEpochSecond(exp));
                assertThat(exp).isCloseTo(Instant.now().getEpochSecond() + 1800, within(5L));
            });
    }

    @Test
    void selfSignedModeSignsEveryPropertyWithTheApiKey() {
        this.contextRunner.withPropertyValues("roomtoken.daily.self-signed=true", "roomtoken.daily.domain-id=" + DOMAIN_ID,
                "roomtoken.daily.defaults.owner=true", "roomtoken.daily.defaults.start-video-off=true",
                "roomtoken.daily.defaults.lang=user", "roomtoken.daily.base-url=http://unreachable.invalid/v1")
            .withPropertyValues("roomtoken.http.allow-insecure=true")
            .run((context) -> {
                RoomToken token = context.getBean(RoomTokenTemplate.class)
                    .createToken(RoomTokenRequest.forRoom("standup").identity("user-42").displayName("Alice").build());
                String[] parts = token.token().split("\\.");
                Map<String, Object> claims = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), MAP);

                assertThat(claims).containsEntry("r", "standup")
                    .containsEntry("d", DOMAIN_ID)
                    .containsEntry("ud", "user-42")
                    .containsEntry("u", "Alice")
                    .containsEntry("o", true)
                    .containsEntry("vo", true)
                    .containsEntry("uil", "user");
                assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue())
                    .isEqualTo(3600);
                assertThat(token.join()).isEmpty();
                assertSignedWith(token.token(), API_KEY);
            });
    }

    @ParameterizedTest
    @ValueSource(strings = { "roomtoken.daily.domain-name=example", "roomtoken.daily.self-signed=true",
            "roomtoken.daily.domain-id=" + DOMAIN_ID })
    void anyDailySettingWithoutTheApiKeyStopsStartUpNamingIt(String setting) {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RoomTokenAutoConfiguration.class, DailyAutoConfiguration.class))
            .withPropertyValues(setting)
            .run((context) -> {
                Throwable failure = context.getStartupFailure();
                while (failure != null && !(failure instanceof RoomTokenConfigurationException)) {
                    failure = failure.getCause();
                }
                assertThat(failure).isInstanceOf(RoomTokenConfigurationException.class);
                assertThat(((RoomTokenConfigurationException) failure).property()).isEqualTo("roomtoken.daily.api-key");
            });
    }

    private static void assertSignedWith(String token, String key) throws Exception {
        int lastDot = token.lastIndexOf('.');
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = hmac.doFinal(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        assertThat(MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(token.substring(lastDot + 1))))
            .as("signed with the configured API key").isTrue();
    }
}
