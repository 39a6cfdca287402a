package dev.roomtoken.telnyx.autoconfigure;

import java.util.Map;
import java.util.Set;

import dev.roomtoken.autoconfigure.ProviderAutoConfigurationSuite;

/**
 * Telnyx's auto-configuration keeps the contract every provider module keeps.
 */
class TelnyxAutoConfigurationContractTest extends ProviderAutoConfigurationSuite {

    @Override
    protected String provider() {
        return "telnyx";
    }

    @Override
    protected Class<?> autoConfiguration() {
        return TelnyxAutoConfiguration.class;
    }

    @Override
    protected Map<String, String> completeSettings() {
        return Map.of("roomtoken.telnyx.api-key", "KEY-secret-telnyx-77a");
    }

    @Override
    protected Set<String> secretProperties() {
        return Set.of("roomtoken.telnyx.api-key");
    }

    @Override
    protected Set<String> requiredProperties() {
        return Set.of("roomtoken.telnyx.api-key");
    }

    @Override
    protected Map<String, String> malformedSettings() {
        return Map.of("roomtoken.telnyx.base-url", "api.telnyx.com", "roomtoken.telnyx.token-ttl", "2h",
                "roomtoken.telnyx.refresh-token-ttl", "30s");
    }

    @Override
    protected boolean signsLocally() {
        return false;
    }
}
