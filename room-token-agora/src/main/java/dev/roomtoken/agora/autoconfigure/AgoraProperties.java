package dev.roomtoken.agora.autoconfigure;

import java.time.Duration;

import dev.roomtoken.agora.AgoraTokenIssuer;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Agora's settings ({@code roomtoken.agora.*}): the project's app id and the app certificate that
 * signs AccessToken2 tokens in-process.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("roomtoken.agora")
public class AgoraProperties {

    /**
     * App ID of the Agora project, 32 hexadecimal characters; given to clients as the join detail
     * appId.
     */
    private @Nullable String appId;

    /**
     * Primary app certificate of the project, 32 hexadecimal characters, which signs every token.
     */
    private @Nullable String appCertificate;

    /**
     * Time to live of a token whose request sets none, 1s to 24h.
     */
    private Duration tokenTtl = AgoraTokenIssuer.DEFAULT_TOKEN_TTL;

    /**
     * App ID of the Agora project.
     * @return the app id
     */
    public @Nullable String getAppId() {
        return this.appId;
    }

    /**
     * App ID of the Agora project.
     * @param appId the app id
     */
    public void setAppId(@Nullable String appId) {
        this.appId = appId;
    }

    /**
     * App certificate of the project, which signs every token.
     * @return the app certificate
     */
    public @Nullable String getAppCertificate() {
        return this.appCertificate;
    }

    /**
     * App certificate of the project, which signs every token.
     * @param appCertificate the app certificate
     */
    public void setAppCertificate(@Nullable String appCertificate) {
        this.appCertificate = appCertificate;
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
        return "AgoraProperties[appId=" + this.appId + ", appCertificate="
                + ((this.appCertificate != null) ? "******" : null) + ", tokenTtl=" + this.tokenTtl + "]";
    }
}
