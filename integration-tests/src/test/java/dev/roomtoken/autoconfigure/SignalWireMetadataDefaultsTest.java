package dev.roomtoken.autoconfigure;

import java.io.IOException;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.signalwire.autoconfigure.SignalWireAutoConfiguration;
import dev.roomtoken.telnyx.autoconfigure.TelnyxAutoConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code roomtoken.signalwire.defaults.meta} and {@code room-meta} reach SignalWire as the JSON
 * objects the user wrote: YAML's numbers, booleans, lists and nesting keep their types.
 */
class SignalWireMetadataDefaultsTest {

    static final WireMockServer signalWire = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    static {
        signalWire.start();
    }

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RoomTokenAutoConfiguration.class, SignalWireAutoConfiguration.class,
                TelnyxAutoConfiguration.class))
        .withPropertyValues("roomtoken.signalwire.base-url=" + signalWire.baseUrl(),
                "roomtoken.signalwire.project-id=project-7f3a", "roomtoken.signalwire.api-token=PT-token-91c2");

    @AfterAll
    static void stopSignalWire() {
        signalWire.stop();
    }

    @BeforeEach
    void answerAsSignalWireDoes() {
        signalWire.resetAll();
        signalWire.stubFor(post("/api/video/room_tokens").willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"token\":\"eyJ.signalwire.token\"}")));
    }

    @Test
    void yamlNumbersBooleansListsAndNestingSurviveIntoTheJsonSent() {
        this.contextRunner.withInitializer((context) -> context.getEnvironment()
            .getPropertySources()
            .addFirst(yaml("signalwire-metadata-defaults.yml"))).run((context) -> {
                context.getBean(RoomTokenTemplate.class).createToken(RoomTokenRequest.forRoom("standup").build());

                String body = sentBody();
                assertThat(body).contains("\"meta\":{\"count\":3,\"vip\":true,\"score\":4.5,\"quoted\":\"3\","
                        + "\"nothing\":\"\",\"tags\":[\"a\",\"b\"],\"team\":{\"name\":\"blue\",\"size\":7,"
                        + "\"leads\":[{\"id\":1,\"on-call\":true},{\"id\":2,\"on-call\":false}]}}");
                assertThat(body).contains("\"room_meta\":{\"topic\":\"standup\",\"capacity\":12,\"moderated\":false,"
                        + "\"languages\":[\"en\",\"de\"]}");
                assertThat(JsonMapper.builder().build().readTree(body)).isEqualTo(JsonMapper.builder().build()
                    .readTree("""
                            {"room_name":"standup",
                             "room_meta":{"topic":"standup","capacity":12,"moderated":false,"languages":["en","de"]},
                             "meta":{"count":3,"vip":true,"score":4.5,"quoted":"3","nothing":"","tags":["a","b"],
                                     "team":{"name":"blue","size":7,
                                             "leads":[{"id":1,"on-call":true},{"id":2,"on-call":false}]}}}"""));
            });
    }

    @Test
    void propertiesNestAndIndexLikeYamlWithTextValues() {
        this.contextRunner
            .withPropertyValues("roomtoken.signalwire.defaults.meta.team.name=blue",
                    "roomtoken.signalwire.defaults.meta.team.size=7", "roomtoken.signalwire.defaults.meta.tags[0]=a",
                    "roomtoken.signalwire.defaults.meta.tags[1]=b")
            .run((context) -> {
                context.getBean(RoomTokenTemplate.class).createToken(RoomTokenRequest.forRoom("standup").build());

                JsonNode meta = JsonMapper.builder().build().readTree(sentBody()).get("meta");
                assertThat(meta).isEqualTo(JsonMapper.builder().build()
                    .readTree("{\"team\":{\"name\":\"blue\",\"size\":\"7\"},\"tags\":[\"a\",\"b\"]}"));
            });
    }

    private static String sentBody() {
        List<LoggedRequest> sent = signalWire.findAll(postRequestedFor(urlEqualTo("/api/video/room_tokens")));
        assertThat(sent).hasSize(1);
        return sent.get(0).getBodyAsString();
    }

    private static PropertySource<?> yaml(String name) {
        try {
            return new YamlPropertySourceLoader().load(name, new ClassPathResource(name)).get(0);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
