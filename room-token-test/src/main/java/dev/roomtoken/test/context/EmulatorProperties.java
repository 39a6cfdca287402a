package dev.roomtoken.test.context;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.roomtoken.test.RoomTokenEmulator;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The {@code roomtoken.*} settings that point an application at an emulator: every provider's base
 * URL and credentials just below the test's inline properties, and a default
 * {@code roomtoken.provider} below everything else.
 */
final class EmulatorProperties {

    static final String SOURCE_NAME = "roomTokenEmulator";

    static final String DEFAULTS_SOURCE_NAME = "roomTokenEmulatorDefaults";

    static final String DEFAULT_PROVIDER = "signalwire";

    private EmulatorProperties() {
    }

    static Map<String, Object> of(RoomTokenEmulator emulator) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("roomtoken.signalwire.base-url", emulator.signalWireBaseUrl().toString());
        properties.put("roomtoken.signalwire.project-id", emulator.signalWireProjectId());
        properties.put("roomtoken.signalwire.api-token", emulator.signalWireApiToken());
        properties.put("roomtoken.telnyx.base-url", emulator.telnyxBaseUrl().toString());
        properties.put("roomtoken.telnyx.api-key", emulator.telnyxApiKey());
        return properties;
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
        sources.addLast(new MapPropertySource(DEFAULTS_SOURCE_NAME, Map.of("roomtoken.provider", DEFAULT_PROVIDER)));
    }
}
