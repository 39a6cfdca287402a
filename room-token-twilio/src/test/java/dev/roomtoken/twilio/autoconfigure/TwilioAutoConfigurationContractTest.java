package dev.roomtoken.twilio.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.roomtoken.autoconfigure.ProviderAutoConfigurationSuite;

/**
 * Twilio Video's auto-configuration keeps the contract every provider module keeps.
 */
class TwilioAutoConfigurationContractTest extends ProviderAutoConfigurationSuite {

    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

    static final String API_KEY_SID = "SKfedcba9876543210fedcba9876543210";

    static final String SECRET = "twilio-api-key-secret-32-chars-x";

    @Override
    protected String provider() {
        return "twilio";
    }

    @Override
    protected Class<?> autoConfiguration() {
        return TwilioAutoConfiguration.class;
    }

    @Override
    protected Map<String, String> completeSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("roomtoken.twilio.account-sid", ACCOUNT_SID);
        settings.put("roomtoken.twilio.api-key-sid", API_KEY_SID);
        settings.put("roomtoken.twilio.api-key-secret", SECRET);
        return settings;
    }

    @Override
    protected Set<String> secretProperties() {
        return Set.of("roomtoken.twilio.api-key-secret");
    }

    @Override
    protected Set<String> requiredProperties() {
        return Set.of("roomtoken.twilio.account-sid", "roomtoken.twilio.api-key-sid", "roomtoken.twilio.api-key-secret");
    }

    @Override
    protected Map<String, String> malformedSettings() {
        return Map.of("roomtoken.twilio.account-sid", "SK0123456789abcdef0123456789abcdef", "roomtoken.twilio.api-key-sid",
                "SKnot-hex", "roomtoken.twilio.api-key-secret", "short", "roomtoken.twilio.region", "Europe",
                "roomtoken.twilio.token-ttl", "25h");
    }

    @Override
    protected boolean signsLocally() {
        return true;
    }
}
