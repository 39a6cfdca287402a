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

    /**
     * Telnyx API key, sent as a bearer token when creating client tokens (never when refreshing).
     * @return the api key
     */
    public @Nullable String getApiKey() {
        return this.apiKey;
    }

    /**
     * Telnyx API key, sent as a bearer token when creating client tokens (never when refreshing).
     * @param apiKey the api key
     */
    public void setApiKey(@Nullable String apiKey) {
        this.apiKey = apiKey;
    }

    /**
     * Base URL of the Telnyx API.
     * @return the base url
     */
    public String getBaseUrl() {
        return this.baseUrl;
    }

    /**
     * Base URL of the Telnyx API.
     * @param baseUrl the base url
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Client token time to live when a request sets none, 10s to 3600s.
     * @return the token ttl
     */
    public Duration getTokenTtl() {
        return this.tokenTtl;
    }

    /**
     * Client token time to live when a request sets none, 10s to 3600s.
     * @param tokenTtl the token ttl
     */
    public void setTokenTtl(Duration tokenTtl) {
        this.tokenTtl = tokenTtl;
    }

    /**
     * Refresh token time to live when a request sets none, 60s to 86400s.
     * @return the refresh token ttl
     */
    public Duration getRefreshTokenTtl() {
        return this.refreshTokenTtl;
    }

    /**
     * Refresh token time to live when a request sets none, 60s to 86400s.
     * @param refreshTokenTtl the refresh token ttl
     */
    public void setRefreshTokenTtl(Duration refreshTokenTtl) {
        this.refreshTokenTtl = refreshTokenTtl;
    }

    @Override
    public String toString() {
        return "TelnyxProperties[baseUrl=" + this.baseUrl + ", apiKey="
                + ((this.apiKey != null) ? "******" : null) + "]";
    }
}
