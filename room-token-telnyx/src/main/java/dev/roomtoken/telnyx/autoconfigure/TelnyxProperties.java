package dev.roomtoken.telnyx.autoconfigure;

import java.time.Duration;

import dev.roomtoken.telnyx.TelnyxTokenIssuer;
import dev.roomtoken.telnyx.TelnyxTokenTtls;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Telnyx settings ({@code roomtoken.telnyx.*}).
 *
 * @since 0.1.0
 */
@ConfigurationProperties("roomtoken.telnyx")
public class TelnyxProperties {

    /**
     * Telnyx API key, sent as a bearer token when creating client tokens (never when refreshing).
     */
    private @Nullable String apiKey;

    /**
     * Base URL of the Telnyx API.
     */
    private String baseUrl = TelnyxTokenIssuer.DEFAULT_BASE_URL.toString();

    /**
     * Client token time to live when a request sets none, 10s to 3600s.
     */
    private Duration tokenTtl = TelnyxTokenTtls.DEFAULT_TOKEN_TTL;

    /**
     * Refresh token time to live when a request sets none, 60s to 86400s.
     */
    private Duration refreshTokenTtl = TelnyxTokenTtls.DEFAULT_REFRESH_TOKEN_TTL;

    public @Nullable String getApiKey() {
        return this.apiKey;
    }

    public void setApiKey(@Nullable String apiKey) {
        this.apiKey = apiKey;
    }

    public String getBaseUrl() {
        return this.baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Duration getTokenTtl() {
        return this.tokenTtl;
    }

    public void setTokenTtl(Duration tokenTtl) {
        this.tokenTtl = tokenTtl;
    }

    public Duration getRefreshTokenTtl() {
        return this.refreshTokenTtl;
    }

    public void setRefreshTokenTtl(Duration refreshTokenTtl) {
        this.refreshTokenTtl = refreshTokenTtl;
    }

    @Override
    public String toString() {
        return "TelnyxProperties[baseUrl=" + this.baseUrl + ", apiKey="
                + ((this.apiKey != null) ? "******" : null) + "]";
    }
}
