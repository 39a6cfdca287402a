package dev.roomtoken.livekit.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.roomtoken.autoconfigure.ProviderAutoConfigurationSuite;

/**
 * LiveKit's auto-configuration keeps the contract every provider module keeps.
 */
class LiveKitAutoConfigurationContractTest extends ProviderAutoConfigurationSuite {

    @Override
    protected String provider() {
        return "livekit";
    }

    @Override
    protected Class<?> autoConfiguration() {
        return LiveKitAutoConfiguration.class;
    }

    @Override
    protected Map<String, String> completeSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("roomtoken.livekit.api-key", "APIa1b2c3d4e5f6");
        settings.put("roomtoken.livekit.api-secret", "livekit-secret-of-at-least-32-bytes-7e1f");
        settings.put("roomtoken.livekit.url", "wss://example.livekit.cloud");
        return settings;
    }

    @Override
    protected Set<String> secretProperties() {
        return Set.of("roomtoken.livekit.api-secret");
    }

    @Override
    protected Set<String> requiredProperties() {
        return Set.of("roomtoken.livekit.api-key", "roomtoken.livekit.api-secret", "roomtoken.livekit.url");
    }

    @Override
    protected Map<String, String> malformedSettings() {
        return Map.of("roomtoken.livekit.api-secret", "too-short-secret", "roomtoken.livekit.url",
                "https://example.livekit.cloud", "roomtoken.livekit.token-ttl", "0s", "roomtoken.livekit.api-key",
                "${LIVEKIT_API_KEY}");
    }

    @Override
    protected boolean signsLocally() {
        return true;
    }
}
