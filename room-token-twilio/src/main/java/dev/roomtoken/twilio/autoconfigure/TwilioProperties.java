package dev.roomtoken.twilio.autoconfigure;

import java.time.Duration;

import dev.roomtoken.twilio.TwilioTokenIssuer;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Twilio Video's settings ({@code roomtoken.twilio.*}): the account and the API key whose secret
 * signs access tokens in-process.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("roomtoken.twilio")
public class TwilioProperties {

    /**
     * Account SID, AC followed by 32 hexadecimal digits; written into every token as its subject.
     */
    private @Nullable String accountSid;

    /**
     * API key SID, SK followed by 32 hexadecimal digits; written into every token as its issuer.
     */
    private @Nullable String apiKeySid;

    /**
     * Secret of that API key, which signs every token (HS256).
     */
    private @Nullable String apiKeySecret;

    /**
     * Region the tokens are for, such as us1, ie1 or au1 (the token header's twr). Unset, Twilio's
     * default region.
     */
    private @Nullable String region;

    /**
     * Time to live of a token whose request sets none, at most 24h.
     */
    private Duration tokenTtl = TwilioTokenIssuer.DEFAULT_TTL;

    /**
     * Account SID, AC followed by 32 hexadecimal digits.
     * @return the account sid
     */
    public @Nullable String getAccountSid() {
        return this.accountSid;
    }

    /**
     * Account SID, AC followed by 32 hexadecimal digits.
     * @param accountSid the account sid
     */
    public void setAccountSid(@Nullable String accountSid) {
        this.accountSid = accountSid;
    }

    /**
     * API key SID, SK followed by 32 hexadecimal digits.
     * @return the api key sid
     */
    public @Nullable String getApiKeySid() {
        return this.apiKeySid;
    }

    /**
     * API key SID, SK followed by 32 hexadecimal digits.
     * @param apiKeySid the api key sid
     */
    public void setApiKeySid(@Nullable String apiKeySid) {
        this.apiKeySid = apiKeySid;
    }

    /**
     * Secret of that API key, which signs every token.
     * @return the api key secret
     */
    public @Nullable String getApiKeySecret() {
        return this.apiKeySecret;
    }

    /**
     * Secret of that API key, which signs every token.
     * @param apiKeySecret the api key secret
     */
    public void setApiKeySecret(@Nullable String apiKeySecret) {
        this.apiKeySecret = apiKeySecret;
    }

    /**
     * Region the tokens are for.
     * @return the region
     */
    public @Nullable String getRegion() {
        return this.region;
    }

    /**
     * Region the tokens are for.
     * @param region the region
     */
    public void setRegion(@Nullable String region) {
        this.region = region;
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
        return "TwilioProperties[accountSid=" + this.accountSid + ", apiKeySid=" + this.apiKeySid + ", apiKeySecret="
                + ((this.apiKeySecret != null) ? "******" : null) + ", region=" + this.region + ", tokenTtl="
                + this.tokenTtl + "]";
    }
}
