package dev.roomtoken.daily.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.roomtoken.autoconfigure.ProviderAutoConfigurationSuite;

/**
 * Daily's auto-configuration in self-signed mode keeps the contract every provider module keeps,
 * and mints a token through the auto-configured template without a server.
 */
class DailySelfSignedAutoConfigurationContractTest extends ProviderAutoConfigurationSuite {

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
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("roomtoken.daily.api-key", "daily-secret-key-5d8e1a");
        settings.put("roomtoken.daily.self-signed", "true");
        settings.put("roomtoken.daily.domain-id", "30f866c3-9123-452a-8723-ff58322d09c5");
        return settings;
    }

    @Override
    protected Set<String> secretProperties() {
        return Set.of("roomtoken.daily.api-key");
    }

    @Override
    protected Set<String> requiredProperties() {
        return Set.of("roomtoken.daily.api-key", "roomtoken.daily.domain-id");
    }

    @Override
    protected Map<String, String> malformedSettings() {
        return Map.of("roomtoken.daily.domain-id", "not-a-uuid", "roomtoken.daily.token-ttl", "-1h",
                "roomtoken.daily.defaults.enable-prejoin-ui", "true", "roomtoken.daily.defaults.enable-terse-logging",
                "false", "roomtoken.daily.defaults.redirect-on-meeting-exit", "/after");
    }

    @Override
    protected boolean signsLocally() {
        return true;
    }
}
