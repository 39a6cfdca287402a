package dev.roomtoken.daily.autoconfigure;

import java.util.Map;
import java.util.Set;

import dev.roomtoken.autoconfigure.ProviderAutoConfigurationSuite;

/**
 * Daily's auto-configuration in REST mode, its default, keeps the contract every provider module
 * keeps.
 */
class DailyAutoConfigurationContractTest extends ProviderAutoConfigurationSuite {

    @Override
    protected String provider() {
        return "daily";
    }

    @Override
    protected Class<?> autoConfiguration() {
        return DailyAutoConfiguration.class;
    }

    @Override
    protected Map<String, String> completeSettings() {
        return Map.of("roomtoken.daily.api-key", "daily-secret-key-5d8e1a");
    }

    @Override
    protected Set<String> secretProperties() {
        return Set.of("roomtoken.daily.api-key");
    }

    @Override
    protected Set<String> requiredProperties() {
        return Set.of("roomtoken.daily.api-key");
    }

    @Override
    protected Map<String, String> malformedSettings() {
        return Map.of("roomtoken.daily.base-url", "api.daily.co/v1", "roomtoken.daily.token-ttl", "0s",
                "roomtoken.daily.domain-name", "not a domain!", "roomtoken.daily.domain-id", "30f866c3",
                "roomtoken.daily.defaults.eject-after-elapsed", "1500ms");
    }

    @Override
    protected boolean signsLocally() {
        return false;
    }
}
