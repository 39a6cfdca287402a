package dev.roomtoken.zoom.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.roomtoken.autoconfigure.ProviderAutoConfigurationSuite;

/**
 * Zoom Video SDK's auto-configuration keeps the contract every provider module keeps, and mints a
 * token through the auto-configured template, since it signs in-process.
 */
class ZoomAutoConfigurationContractTest extends ProviderAutoConfigurationSuite {

    @Override
    protected String provider() {
        return "zoom";
    }

    @Override
    protected Class<?> autoConfiguration() {
        return ZoomAutoConfiguration.class;
    }

    @Override
    protected Map<String, String> completeSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("roomtoken.zoom.sdk-key", "zoom-sdk-key-4f1c");
        settings.put("roomtoken.zoom.sdk-secret", "SDK-secret-zoom-e9b27d");
        return settings;
    }

    @Override
    protected Set<String> secretProperties() {
        return Set.of("roomtoken.zoom.sdk-secret");
    }

    @Override
    protected Set<String> requiredProperties() {
        return Set.of("roomtoken.zoom.sdk-key", "roomtoken.zoom.sdk-secret");
    }

    @Override
    protected Map<String, String> malformedSettings() {
        return Map.of("roomtoken.zoom.token-ttl", "10m", "roomtoken.zoom.sdk-secret", "${ZOOM_SDK_SECRET}",
                "roomtoken.zoom.defaults.session-key", "k".repeat(37), "roomtoken.zoom.defaults.telemetry-tracking-id",
                " ");
    }

    @Override
    protected boolean signsLocally() {
        return true;
    }
}
