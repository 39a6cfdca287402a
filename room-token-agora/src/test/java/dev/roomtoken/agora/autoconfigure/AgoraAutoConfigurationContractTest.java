package dev.roomtoken.agora.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.autoconfigure.ProviderAutoConfigurationSuite;

/**
 * Agora's auto-configuration keeps the contract every provider module keeps.
 */
class AgoraAutoConfigurationContractTest extends ProviderAutoConfigurationSuite {

    @Override
    protected String provider() {
        return "agora";
    }

    @Override
    protected Class<?> autoConfiguration() {
        return AgoraAutoConfiguration.class;
    }

    @Override
    protected Map<String, String> completeSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("roomtoken.agora.app-id", "06b6ba55c66655b92bbd8cf8d2c3b6e0");
        settings.put("roomtoken.agora.app-certificate", "63da39757947a364dddcd5fb8ecd4b84");
        return settings;
    }

    @Override
    protected RoomTokenRequest acceptedRequest() {
        return RoomTokenRequest.forRoom("room-1").identity("42").build();
    }

    @Override
    protected Set<String> secretProperties() {
        return Set.of("roomtoken.agora.app-certificate");
    }

    @Override
    protected Set<String> requiredProperties() {
        return Set.of("roomtoken.agora.app-id", "roomtoken.agora.app-certificate");
    }

    @Override
    protected Map<String, String> malformedSettings() {
        return Map.of("roomtoken.agora.app-id", "not-an-app-id", "roomtoken.agora.app-certificate", "short-cert",
                "roomtoken.agora.token-ttl", "25h");
    }

    @Override
    protected boolean signsLocally() {
        return true;
    }
}
