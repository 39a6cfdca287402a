package dev.roomtoken.livekit.autoconfigure;

import java.time.Duration;
import java.util.Map;

import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import dev.roomtoken.autoconfigure.provider.ProviderSettings;
import dev.roomtoken.livekit.LiveKitTokenIssuer;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * LiveKit's settings, checked by the issuer's own builder, so that the start-up check and the
 * issuer can never disagree: its refusals become failures naming the property.
 *
 * @param apiKey the API key
 * @param apiSecret the API secret
 * @param url the server URL
 * @param tokenTtl the ttl of a request that sets none
 */
record LiveKitSettings(String apiKey, String apiSecret, String url, Duration tokenTtl) {

    private static final String PREFIX = "roomtoken.livekit.";

    /** The property each builder method takes. */
    private static final Map<String, String> BUILDER_PROPERTIES = Map.of("apiKey", "api-key", "apiSecret",
            "api-secret", "url", "url", "defaultTtl", "token-ttl");

    static LiveKitSettings from(LiveKitProperties properties) {
        ProviderSettings.checkResolved(PREFIX + "api-key", properties.getApiKey());
        ProviderSettings.checkResolved(PREFIX + "api-secret", properties.getApiSecret());
        ProviderSettings.checkResolved(PREFIX + "url", properties.getUrl());
        LiveKitSettings settings = new LiveKitSettings(
                required(properties.getApiKey(), "api-key", "the API key of your LiveKit project (Settings > Keys)"),
                required(properties.getApiSecret(), "api-secret", "the secret of that API key"),
                required(properties.getUrl(), "url", "the wss:// URL clients connect to, such as "
                        + "wss://example.livekit.cloud"),
                properties.getTokenTtl());
        ProviderSettings.checkWithBuilder(PREFIX, BUILDER_PROPERTIES, () -> settings.builder().build());
        return settings;
    }

    LiveKitTokenIssuer.Builder builder() {
        return LiveKitTokenIssuer.builder()
            .apiKey(this.apiKey)
            .apiSecret(this.apiSecret)
            .url(this.url)
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
        return "LiveKitSettings[apiKey=" + this.apiKey + ", apiSecret=******, url=" + this.url + ", tokenTtl="
                + this.tokenTtl + "]";
    }
}
