package dev.roomtoken.signalwire.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.roomtoken.autoconfigure.ProviderAutoConfigurationSuite;

/**
 * SignalWire's auto-configuration keeps the contract every provider module keeps.
 */
class SignalWireAutoConfigurationContractTest extends ProviderAutoConfigurationSuite {

    @Override
    protected String provider() {
        return "signalwire";
    }

    @Override
    protected Class<?> autoConfiguration() {
        return SignalWireAutoConfiguration.class;
    }

    @Override
    protected Map<String, String> completeSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("roomtoken.signalwire.space", "example");
        settings.put("roomtoken.signalwire.project-id", "project-7f3a");
        settings.put("roomtoken.signalwire.api-token", "PT-secret-token-91c2");
        return settings;
    }

    @Override
    protected Set<String> secretProperties() {
        return Set.of("roomtoken.signalwire.api-token");
    }

    @Override
    protected Set<String> requiredProperties() {
        return Set.of("roomtoken.signalwire.space", "roomtoken.signalwire.project-id", "roomtoken.signalwire.api-token");
    }

    @Override
    protected Map<String, String> malformedSettings() {
        return Map.of("roomtoken.signalwire.space", "not a space!", "roomtoken.signalwire.base-url",
                "ftp://example.com", "roomtoken.signalwire.defaults.remove-after-seconds-elapsed", "200001");
    }

    @Override
    protected boolean signsLocally() {
        return false;
    }
}
