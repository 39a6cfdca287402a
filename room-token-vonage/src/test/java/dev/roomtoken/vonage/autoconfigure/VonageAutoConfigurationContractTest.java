package dev.roomtoken.vonage.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.autoconfigure.ProviderAutoConfigurationSuite;

/**
 * Vonage Video's auto-configuration keeps the contract every provider module keeps, with the
 * private key given as a resource location.
 */
class VonageAutoConfigurationContractTest extends ProviderAutoConfigurationSuite {

    static final String APPLICATION_ID = "9f3d6c1e-5b2a-4c7d-8e9f-0a1b2c3d4e5f";

    @Override
    protected String provider() {
        return "vonage";
    }

    @Override
    protected Class<?> autoConfiguration() {
        return VonageAutoConfiguration.class;
    }

    @Override
    protected Map<String, String> completeSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("roomtoken.vonage.application-id", APPLICATION_ID);
        settings.put("roomtoken.vonage.private-key", "classpath:keys/pkcs8.pem");
        return settings;
    }

    @Override
    protected RoomTokenRequest acceptedRequest() {
        return RoomTokenRequest.forRoom("2_MX4xMDBfjE0Mzc2NzY1NDgwMTJ-TjMzfn4").build();
    }

    @Override
    protected Set<String> secretProperties() {
        return Set.of("roomtoken.vonage.private-key");
    }

    @Override
    protected Set<String> requiredProperties() {
        return Set.of("roomtoken.vonage.application-id", "roomtoken.vonage.private-key");
    }

    @Override
    protected Map<String, String> malformedSettings() {
        return Map.of("roomtoken.vonage.application-id", "not-a-uuid", "roomtoken.vonage.private-key",
                "classpath:keys/public.pem", "roomtoken.vonage.token-ttl", "31d");
    }

    @Override
    protected boolean signsLocally() {
        return true;
    }
}
