package dev.roomtoken.vonage.autoconfigure;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.roomtoken.RoomTokenOperations;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.autoconfigure.RoomTokenAutoConfiguration;
import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import dev.roomtoken.vonage.VonageSessions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link VonageSessions} in a Spring Boot application: defined when Vonage is configured, calling
 * the configured {@code roomtoken.vonage.base-url} through the Vonage template (so with its retries
 * and observation), and left to the application when it defines its own.
 */
class VonageSessionsAutoConfigurationTest {

    private final WireMockServer vonage = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RoomTokenAutoConfiguration.class, VonageAutoConfiguration.class))
        .withPropertyValues("roomtoken.vonage.application-id=" + VonageAutoConfigurationContractTest.APPLICATION_ID,
                "roomtoken.vonage.private-key=classpath:keys/pkcs8.pem");

    @AfterEach
    void stop() {
        this.vonage.stop();
    }

    @Test
    void sessionsAreCreatedAtTheConfiguredBaseUrlThroughTheVonageTemplate() {
        this.vonage.start();
        this.vonage.stubFor(post(urlEqualTo("/session/create")).inScenario("busy")
            .whenScenarioStateIs("Started")
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("ready"));
        this.vonage.stubFor(post(urlEqualTo("/session/create")).inScenario("busy")
            .whenScenarioStateIs("ready")
            .willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("[{\"session_id\":\"1_MX4xMDBfjE0Mzc2NzY1NDgwMTJ-TjMzfn4\"}]")));
        this.contextRunner.withUserConfiguration(Meters.class)
            .withPropertyValues("roomtoken.vonage.base-url=" + this.vonage.baseUrl(), "roomtoken.retry.delay=1ms")
            .run((context) -> {
                VonageSessions sessions = context.getBean(VonageSessions.class);

                assertThat(sessions.createSession().sessionId()).isEqualTo("1_MX4xMDBfjE0Mzc2NzY1NDgwMTJ-TjMzfn4");
                this.vonage.verify(2, postRequestedFor(urlEqualTo("/session/create")));
                assertThat(context.getBean(MeterRegistry.class)
                    .get("roomtoken.requests")
                    .tag("roomtoken.operation", "create-session")
                    .tag("outcome", "success")
                    .timer()
                    .count()).isOne();
            });
    }

    @Test
    void plainHttpBeyondLoopbackIsRefusedNamingTheProperty() {
        this.contextRunner.withPropertyValues("roomtoken.vonage.base-url=http://video.example.com").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(RoomTokenConfigurationException.class)
                .hasMessageContaining("roomtoken.vonage.base-url");
        });
    }

    @Test
    void noSessionsWithoutVonageSettings() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RoomTokenAutoConfiguration.class, VonageAutoConfiguration.class))
            .withPropertyValues("roomtoken.livekit.api-key=key")
            .run((context) -> assertThat(context).doesNotHaveBean(VonageSessions.class));
    }

    @Test
    void anApplicationsOwnSessionsOrTemplatesWin() {
        this.contextRunner.withUserConfiguration(OwnSessions.class).run((context) -> {
            assertThat(context).hasSingleBean(VonageSessions.class);
            assertThat(context.getBean(VonageSessions.class)).isSameAs(context.getBean(OwnSessions.class).sessions);
        });
        this.contextRunner.withUserConfiguration(OwnOperations.class)
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(VonageSessions.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class Meters {

        @Bean
        SimpleMeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        ObservationRegistry observationRegistry(SimpleMeterRegistry meters) {
            ObservationRegistry registry = ObservationRegistry.create();
            registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
            return registry;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnSessions {

        final VonageSessions sessions = new VonageSessions(new RoomTokenTemplate(
                dev.roomtoken.vonage.VonageTokenIssuer.builder()
                    .applicationId(VonageAutoConfigurationContractTest.APPLICATION_ID)
                    .privateKey(keyPem())
                    .build()));

        @Bean
        VonageSessions ownSessions() {
            return this.sessions;
        }

        private static String keyPem() {
            try (var in = OwnSessions.class.getResourceAsStream("/keys/pkcs8.pem")) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            }
            catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnOperations {

        @Bean
        RoomTokenOperations ownOperations() {
            return new RoomTokenTemplate(dev.roomtoken.vonage.VonageTokenIssuer.builder()
                .applicationId(VonageAutoConfigurationContractTest.APPLICATION_ID)
                .privateKey(OwnSessions.keyPem())
                .build());
        }
    }
}
