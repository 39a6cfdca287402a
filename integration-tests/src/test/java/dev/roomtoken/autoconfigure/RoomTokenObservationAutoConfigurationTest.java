package dev.roomtoken.autoconfigure;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.observation.DefaultRoomTokenObservationConvention;
import dev.roomtoken.observation.RoomTokenObservationConvention;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configured template observes its calls in the context's {@link ObservationRegistry}
 * and uses a {@link RoomTokenObservationConvention} bean when the application defines one.
 */
class RoomTokenObservationAutoConfigurationTest {

    static final WireMockServer provider = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    static {
        provider.start();
        provider.stubFor(post("/api/video/room_tokens").willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"token\":\"eyJ.t\"}")));
    }

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RoomTokenAutoConfiguration.class))
        .withPropertyValues("roomtoken.signalwire.base-url=" + provider.baseUrl(), "roomtoken.signalwire.project-id=p",
                "roomtoken.signalwire.api-token=t")
        .withBean(SimpleMeterRegistry.class)
        .withBean(ObservationRegistry.class, ObservationRegistry::create);

    @AfterAll
    static void stop() {
        provider.stop();
    }

    @Test
    void callsAreObservedInTheContextsRegistry() {
        this.contextRunner.run((context) -> {
            meterHandler(context.getBean(ObservationRegistry.class), context.getBean(MeterRegistry.class));

            context.getBean(RoomTokenTemplate.class).createToken(RoomTokenRequest.forRoom("standup").build());

            assertThat(context.getBean(MeterRegistry.class)
                .get("roomtoken.requests")
                .tag("roomtoken.provider", "signalwire")
                .tag("outcome", "success")
                .timer()
                .count()).isEqualTo(1);
        });
    }

    @Test
    void aConventionBeanReplacesTheDefault() {
        this.contextRunner.withBean(RoomTokenObservationConvention.class, () -> new DefaultRoomTokenObservationConvention() {
            @Override
            public String getName() {
                return "video.tokens";
            }
        }).run((context) -> {
            meterHandler(context.getBean(ObservationRegistry.class), context.getBean(MeterRegistry.class));

            context.getBean(RoomTokenTemplate.class).createToken(RoomTokenRequest.forRoom("standup").build());

            assertThat(context.getBean(MeterRegistry.class).get("video.tokens").timer().count()).isEqualTo(1);
            assertThat(context.getBean(MeterRegistry.class).find("roomtoken.requests").timer()).isNull();
        });
    }

    private static void meterHandler(ObservationRegistry observations, MeterRegistry meters) {
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    }
}
