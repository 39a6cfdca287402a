package dev.roomtoken.sample;

import java.util.List;

import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one line the sample app logs when it starts the embedded emulator: where it listens, and
 * which provider the app mints from it; nothing when a provider is configured.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedEmulatorLogTest {

    private static final String STARTED = "Started the embedded room-token emulator";

    @Test
    void startingTheEmulatorLogsWhereAndWhichProviders(CapturedOutput output) {
        try (ConfigurableApplicationContext context = run()) {
            RoomTokenEmulator emulator = context.getBean(RoomTokenEmulator.class);

            assertThat(linesWith(output, STARTED)).singleElement()
                .asString()
                .endsWith(STARTED + " at " + emulator.baseUrl() + " (signalwire at " + emulator.baseUrl()
                        + ", daily at " + emulator.baseUrl() + "/v1, telnyx at " + emulator.baseUrl()
                        + "/v2, vonage at " + emulator.baseUrl()
                        + "; signing credentials for agora, livekit, twilio, zoom); the app mints "
                        + "signalwire tokens from it, as no provider settings were given")
                .doesNotContain(emulator.setting("roomtoken.signalwire.api-token"),
                        emulator.setting("roomtoken.signalwire.project-id"), emulator.setting("roomtoken.telnyx.api-key"));
        }
    }

    @Test
    void theLineNamesTheProviderTheAppUses(CapturedOutput output) {
        try (ConfigurableApplicationContext context = run("--roomtoken.provider=telnyx")) {
            assertThat(context.getBean(RoomTokenEmulator.class)).isNotNull();
            assertThat(linesWith(output, STARTED)).singleElement()
                .asString()
                .contains("the app mints telnyx tokens from it");
        }
    }

    @Test
    void nothingIsLoggedWhenAProviderIsConfigured(CapturedOutput output) {
        try (ConfigurableApplicationContext context = run("--roomtoken.signalwire.base-url=http://localhost:9")) {
            assertThat(context.getBeansOfType(RoomTokenEmulator.class)).isEmpty();
            assertThat(linesWith(output, STARTED)).isEmpty();
        }
    }

    private static ConfigurableApplicationContext run(String... args) {
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        return application.run(args);
    }

    private static List<String> linesWith(CapturedOutput output, String text) {
        return output.getOut().lines().filter((line) -> line.contains(text)).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {

    }
}
