package dev.roomtoken.vonage.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import dev.roomtoken.autoconfigure.provider.ProviderSettings;
import dev.roomtoken.vonage.VonageTokenIssuer;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Vonage Video's settings, checked by the issuer's own builder (which parses the private key), so
 * that the start-up check and the issuer can never disagree: its refusals become failures naming
 * the property, never showing the key.
 *
 * @param applicationId the application id
 * @param privateKeyPem the private key's PEM text, read from the property or the resource it names
 * @param tokenTtl the ttl of a request that sets none
 * @param baseUrl the Video API's base URL, where sessions are created
 */
record VonageSettings(String applicationId, String privateKeyPem, Duration tokenTtl, URI baseUrl) {

    private static final String PREFIX = "roomtoken.vonage.";

    /** The property each builder method takes. */
    private static final Map<String, String> BUILDER_PROPERTIES = Map.of("applicationId", "application-id",
            "privateKey", "private-key", "tokenTtl", "token-ttl");

    static VonageSettings from(VonageProperties properties, boolean allowInsecure) {
        ProviderSettings.checkResolved(PREFIX + "application-id", properties.getApplicationId());
        ProviderSettings.checkResolved(PREFIX + "base-url", properties.getBaseUrl());
        String applicationId = required(properties.getApplicationId(), "application-id",
                "the ID of your Vonage application (Vonage API Dashboard > Applications)");
        String privateKey = required(properties.getPrivateKey(), "private-key",
                "the application's private key: its PEM text or a resource location");
        if (!privateKey.contains("-----BEGIN")) {
            ProviderSettings.checkResolved(PREFIX + "private-key", privateKey);
        }
        URI baseUrl = ProviderSettings.baseUrl(PREFIX + "base-url", properties.getBaseUrl(),
                VonageTokenIssuer.DEFAULT_BASE_URL.toString(), allowInsecure);
        VonageSettings settings = new VonageSettings(applicationId, VonagePrivateKeyText.read(privateKey),
                properties.getTokenTtl(), baseUrl);
        ProviderSettings.checkWithBuilder(PREFIX, BUILDER_PROPERTIES, () -> settings.builder().build());
        return settings;
    }

    VonageTokenIssuer.Builder builder() {
        return VonageTokenIssuer.builder()
            .applicationId(this.applicationId)
            .privateKey(this.privateKeyPem)
            .tokenTtl(this.tokenTtl)
            .baseUrl(this.baseUrl);
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
        return "VonageSettings[applicationId=" + this.applicationId + ", privateKey=******, tokenTtl="
                + this.tokenTtl + ", baseUrl=" + this.baseUrl + "]";
    }
}
