package dev.roomtoken.vonage.autoconfigure;

import java.time.Duration;

import dev.roomtoken.vonage.VonageTokenIssuer;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Vonage Video's settings ({@code roomtoken.vonage.*}): the application whose private key signs
 * client tokens in-process and authenticates the Video API calls that create sessions.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("roomtoken.vonage")
public class VonageProperties {

    /**
     * ID of the Vonage application (a UUID), written into every token as application_id.
     */
    private @Nullable String applicationId;

    /**
     * Private key of that application, RSA of at least 2048 bits: the PEM text itself, or a
     * resource location such as classpath:vonage.key or file:/run/secrets/vonage.key.
     */
    private @Nullable String privateKey;

    /**
     * Time to live of a token whose request sets none, at most 30 days.
     */
    private Duration tokenTtl = VonageTokenIssuer.DEFAULT_TOKEN_TTL;

    /**
     * Base URL of the Video API, where sessions are created (proxies, tests); tokens are signed
     * in-process and never sent.
     */
    private String baseUrl = VonageTokenIssuer.DEFAULT_BASE_URL.toString();

    /**
     * ID of the Vonage application.
     * @return the application id
     */
    public @Nullable String getApplicationId() {
        return this.applicationId;
    }

    /**
     * ID of the Vonage application.
     * @param applicationId the application id
     */
    public void setApplicationId(@Nullable String applicationId) {
        this.applicationId = applicationId;
    }

    /**
     * Private key of that application, as PEM text or a resource location.
     * @return the private key
     */
    public @Nullable String getPrivateKey() {
        return this.privateKey;
    }

    /**
     * Private key of that application, as PEM text or a resource location.
     * @param privateKey the private key
     */
    public void setPrivateKey(@Nullable String privateKey) {
        this.privateKey = privateKey;
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

    /**
     * Base URL of the Video API.
     * @return the base URL
     */
    public String getBaseUrl() {
        return this.baseUrl;
    }

    /**
     * Base URL of the Video API.
     * @param baseUrl the base URL
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public String toString() {
        return "VonageProperties[applicationId=" + this.applicationId + ", privateKey="
                + ((this.privateKey != null) ? "******" : null) + ", tokenTtl=" + this.tokenTtl + ", baseUrl="
                + this.baseUrl + "]";
    }
}
