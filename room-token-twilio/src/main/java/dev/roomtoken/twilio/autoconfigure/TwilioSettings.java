package dev.roomtoken.twilio.autoconfigure;

import java.time.Duration;
import java.util.Map;

import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import dev.roomtoken.autoconfigure.provider.ProviderSettings;
import dev.roomtoken.twilio.TwilioTokenIssuer;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Twilio Video's settings, checked by the issuer's own builder, so that the start-up check and the
 * issuer can never disagree: its refusals become failures naming the property.
 *
 * @param accountSid the account SID
 * @param apiKeySid the API key SID
 * @param apiKeySecret the API key's secret
 * @param region the region, if set
 * @param tokenTtl the ttl of a request that sets none
 */
record TwilioSettings(String accountSid, String apiKeySid, String apiKeySecret, @Nullable String region,
        Duration tokenTtl) {

    private static final String PREFIX = "roomtoken.twilio.";

    /** The property each builder method takes. */
    private static final Map<String, String> BUILDER_PROPERTIES = Map.of("accountSid", "account-sid", "apiKeySid",
            "api-key-sid", "apiKeySecret", "api-key-secret", "region", "region", "defaultTtl", "token-ttl");

    static TwilioSettings from(TwilioProperties properties) {
        ProviderSettings.checkResolved(PREFIX + "account-sid", properties.getAccountSid());
        ProviderSettings.checkResolved(PREFIX + "api-key-sid", properties.getApiKeySid());
        ProviderSettings.checkResolved(PREFIX + "api-key-secret", properties.getApiKeySecret());
        ProviderSettings.checkResolved(PREFIX + "region", properties.getRegion());
        TwilioSettings settings = new TwilioSettings(
                required(properties.getAccountSid(), "account-sid", "your account SID (AC..., in the Twilio Console)"),
                required(properties.getApiKeySid(), "api-key-sid",
                        "the SID of an API key (SK..., Console > Account > API keys & tokens)"),
                required(properties.getApiKeySecret(), "api-key-secret", "the secret shown when that API key was made"),
                StringUtils.hasText(properties.getRegion()) ? properties.getRegion().trim() : null,
                properties.getTokenTtl());
        ProviderSettings.checkWithBuilder(PREFIX, BUILDER_PROPERTIES, () -> settings.builder().build());
        return settings;
    }

    TwilioTokenIssuer.Builder builder() {
        return TwilioTokenIssuer.builder()
            .accountSid(this.accountSid)
            .apiKeySid(this.apiKeySid)
            .apiKeySecret(this.apiKeySecret)
            .region(this.region)
            .defaultTtl(this.tokenTtl);
    }

    private static String required(@Nullable String value, String property, String what) {
        if (!StringUtils.hasText(value)) {
            throw new RoomTokenConfigurationException(PREFIX + property, "is not set",
                    "Set " + PREFIX + property + " to " + what + ".");
        }
        return value.trim();
    }

    @Override
    public String toString() {
        return "TwilioSettings[accountSid=" + this.accountSid + ", apiKeySid=" + this.apiKeySid
                + ", apiKeySecret=******, region=" + this.region + ", tokenTtl=" + this.tokenTtl + "]";
    }
}
