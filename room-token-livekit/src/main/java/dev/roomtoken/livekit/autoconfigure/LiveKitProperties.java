package dev.roomtoken.livekit.autoconfigure;

import java.time.Duration;

import dev.roomtoken.livekit.LiveKitTokenIssuer;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * LiveKit's settings ({@code roomtoken.livekit.*}): the API key and secret that sign access
 * tokens in-process, and the server URL clients connect to.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("roomtoken.livekit")
public class LiveKitProperties {

    /**
     * API key of the LiveKit project or server, written into every token as its issuer.
     */
    private @Nullable String apiKey;

    /**
     * API secret that signs every token (HS256), at least 32 bytes.
     */
    private @Nullable String apiSecret;

    /**
     * URL of the LiveKit server that clients connect to, ws:// or wss://, given to them as the join
     * detail serverUrl.
     */
    private @Nullable String url;

    /**
     * Time to live of a token whose request sets none.
     */
    private Duration tokenTtl = LiveKitTokenIssuer.DEFAULT_TTL;

    /**
     * API key of the LiveKit project or server, written into every token as its issuer.
     * @return the api key
     */
    public @Nullable String getApiKey() {
        return this.apiKey;
    }

    /**
     * API key of the LiveKit project or server, written into every token as its issuer.
     * @param apiKey the api key
     */
    public void setApiKey(@Nullable String apiKey) {
        this.apiKey = apiKey;
    }

    /**
     * API secret that signs every token (HS256), at least 32 bytes.
     * @return the api secret
     */
    public @Nullable String getApiSecret() {
        return this.apiSecret;
    }

    /**
     * API secret that signs every token (HS256), at least 32 bytes.
     * @param apiSecret the api secret
     */
    public void setApiSecret(@Nullable String apiSecret) {
        this.apiSecret = apiSecret;
    }

    /**
     * URL of the LiveKit server that clients connect to.
     * @return the url
     */
    public @Nullable String getUrl() {
        return this.url;
    }

    /**
     * URL of the LiveKit server that clients connect to.
     * @param url the url
     */
    public void setUrl(@Nullable String url) {
        this.url = url;
    }

    /**
     * Time to live of a token whose request sets none.
     * @return the token ttl
     */
    public Duration getTokenTtl() {
        return this.tokenTtl;
    }

    /**
     * Time to live of a token whose request sets none.
     * @param tokenTtl the token ttl
     */
    public void setTokenTtl(Duration tokenTtl) {
        this.tokenTtl = tokenTtl;
    }

    @Override
    public String toString() {
        return "LiveKitProperties[apiKey=" + this.apiKey + ", apiSecret=" + ((this.apiSecret != null) ? "******" : null)
                + ", url=" + this.url + ", tokenTtl=" + this.tokenTtl + "]";
    }
}
