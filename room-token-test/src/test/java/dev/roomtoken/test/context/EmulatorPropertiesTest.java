package dev.roomtoken.test.context;

import java.util.Map;

import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.support.TestPropertySourceUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link AutoConfigureRoomTokenEmulator} puts in the environment: the emulator's settings,
 * whatever endpoints it has, above everything but the test's inline properties, and its first
 * provider as the default {@code roomtoken.provider}, below everything.
 */
class EmulatorPropertiesTest {

    private final RoomTokenEmulator emulator = RoomTokenEmulator.start();

    @AfterEach
    void stop() {
        this.emulator.close();
    }

    @Test
    void theEmulatorsSettingsComeFirstAndItsFirstProviderIsTheDefault() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("roomtoken.fakevideo.api-key", "${FAKEVIDEO_KEY}", "roomtoken.provider", "other")));

        EmulatorProperties.apply(this.emulator, environment);

        assertThat(environment.getPropertySources().stream().map(PropertySource::getName)).startsWith("roomTokenEmulator")
            .endsWith("roomTokenEmulatorDefaults");
        assertThat(environment.getProperty("roomtoken.fakevideo.api-key"))
            .isEqualTo(this.emulator.setting("roomtoken.fakevideo.api-key"));
        assertThat(environment.getProperty("roomtoken.fakevideo.base-url"))
            .isEqualTo(this.emulator.baseUrl() + "/fakevideo/v1");
        assertThat(environment.getProperty("roomtoken.provider")).as("the application's own choice").isEqualTo("other");
        assertThat(environment.getPropertySources().get("roomTokenEmulatorDefaults").getProperty("roomtoken.provider"))
            .isEqualTo("fakevideo");
    }

    @Test
    void theTestsInlinePropertiesStillWin() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource(
                TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME,
                Map.of("roomtoken.fakevideo.base-url", "http://127.0.0.1:9")));

        EmulatorProperties.apply(this.emulator, environment);

        assertThat(environment.getPropertySources().stream().map(PropertySource::getName)).startsWith(
                TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, "roomTokenEmulator");
        assertThat(environment.getProperty("roomtoken.fakevideo.base-url")).isEqualTo("http://127.0.0.1:9");
        assertThat(environment.getProperty("roomtoken.fakevideo.api-key"))
            .isEqualTo(this.emulator.setting("roomtoken.fakevideo.api-key"));
        assertThat(environment.getProperty("roomtoken.provider")).isEqualTo("fakevideo");
    }
}
