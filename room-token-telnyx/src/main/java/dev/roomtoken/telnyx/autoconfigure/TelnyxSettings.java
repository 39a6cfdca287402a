package dev.roomtoken.telnyx.autoconfigure;

import java.net.URI;
import java.time.Duration;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import dev.roomtoken.autoconfigure.provider.ProviderSettings;
import dev.roomtoken.telnyx.TelnyxTokenIssuer;
import dev.roomtoken.telnyx.TelnyxTokenTtls;

import org.springframework.util.StringUtils;

/**
 * Telnyx's settings, checked: where to call, the API key, and the default ttls.
 *
 * @param baseUrl the API's base URL
 * @param apiKey the API key
 * @param tokenTtl the client token ttl
 * @param refreshTokenTtl the refresh token ttl
 */
record TelnyxSettings(URI baseUrl, String apiKey, Duration tokenTtl, Duration refreshTokenTtl) {

    private static final String PREFIX = "roomtoken.telnyx.";

    static TelnyxSettings from(TelnyxProperties properties, boolean allowInsecure) {
        ProviderSettings.checkResolved(PREFIX + "api-key", properties.getApiKey());
        ProviderSettings.checkResolved(PREFIX + "base-url", properties.getBaseUrl());
        if (!StringUtils.hasText(properties.getApiKey())) {
            throw new RoomTokenConfigurationException(PREFIX + "api-key", "is not set",
                    "Set " + PREFIX + "api-key to an API key from the Telnyx portal (Auth > API Keys).");
        }
        URI baseUrl = ProviderSettings.baseUrl(PREFIX + "base-url", properties.getBaseUrl(),
                TelnyxTokenIssuer.DEFAULT_BASE_URL.toString(), allowInsecure);
        checkTtl("token-ttl", properties.getTokenTtl(), true);
        checkTtl("refresh-token-ttl", properties.getRefreshTokenTtl(), false);
        return new TelnyxSettings(baseUrl, properties.getApiKey().trim(), properties.getTokenTtl(),
                properties.getRefreshTokenTtl());
    }

    private static void checkTtl(String property, Duration ttl, boolean clientToken) {
        try {
            if (clientToken) {
                TelnyxTokenTtls.tokenTtlSeconds(property, ttl);
            }
            else {
                TelnyxTokenTtls.refreshTokenTtlSeconds(property, ttl);
            }
        }
        catch (InvalidRoomTokenRequestException ex) {
            throw new RoomTokenConfigurationException(PREFIX + property, ex.rule(),
                    "Set " + PREFIX + property + (clientToken ? " between 10s and 3600s (Telnyx's bounds)."
                            : " between 60s and 86400s (Telnyx's bounds)."));
        }
    }

    @Override
    public String toString() {
        return "TelnyxSettings[baseUrl=" + this.baseUrl + ", apiKey=******]";
    }
}
