package dev.roomtoken.test.context;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.roomtoken.test.RoomTokenEmulator;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The {@code roomtoken.*} settings that point an application at an emulator: every endpoint's base
 * URL and credentials just below the test's inline properties, and, below everything else, a
 * default {@code roomtoken.provider}: the emulator's first provider.
 */
final class EmulatorProperties {

    static final String SOURCE_NAME = "roomTokenEmulator";

    static final String DEFAULTS_SOURCE_NAME = "roomTokenEmulatorDefaults";

    private EmulatorProperties() {
    }

    static Map<String, Object> of(RoomTokenEmulator emulator) {
        return new LinkedHashMap<>(emulator.settings());
    }

    static void apply(RoomTokenEmulator emulator, ConfigurableEnvironment environment) {
        MutablePropertySources sources = environment.getPropertySources();
        MapPropertySource settings = new MapPropertySource(SOURCE_NAME, of(emulator));
        String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
        if (sources.contains(inlined)) {
            sources.addAfter(inlined, settings);
        }
        else {
            sources.addFirst(settings);
        }
        if (!emulator.providers().isEmpty()) {
            sources.addLast(new MapPropertySource(DEFAULTS_SOURCE_NAME,
                    Map.of("roomtoken.provider", emulator.providers().get(0))));
        }
    }
}
