package dev.roomtoken.agora.autoconfigure;

import java.time.Duration;
import java.util.Map;

import dev.roomtoken.agora.AgoraTokenIssuer;
import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import dev.roomtoken.autoconfigure.provider.ProviderSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Agora's settings, checked by the issuer's own builder, so that the start-up check and the issuer
 * can never disagree: its refusals become failures naming the property.
 *
 * @param appId the app id
 * @param appCertificate the app certificate
 * @param tokenTtl the ttl of a request that sets none
 */
record AgoraSettings(String appId, String appCertificate, Duration tokenTtl) {

    private static final String PREFIX = "roomtoken.agora.";

    /** The property each builder method takes. */
    private static final Map<String, String> BUILDER_PROPERTIES = Map.of("appId", "app-id", "appCertificate",
            "app-certificate", "tokenTtl", "token-ttl");

    static AgoraSettings from(AgoraProperties properties) {
        ProviderSettings.checkResolved(PREFIX + "app-id", properties.getAppId());
        ProviderSettings.checkResolved(PREFIX + "app-certificate", properties.getAppCertificate());
        AgoraSettings settings = new AgoraSettings(
                required(properties.getAppId(), "app-id", "the App ID of your Agora project (Console > Projects)"),
                required(properties.getAppCertificate(), "app-certificate",
                        "the project's primary app certificate (Console > Projects > Security)"),
                properties.getTokenTtl());
        ProviderSettings.checkWithBuilder(PREFIX, BUILDER_PROPERTIES, () -> settings.builder().build());
        return settings;
    }

    AgoraTokenIssuer.Builder builder() {
        return AgoraTokenIssuer.builder()
            .appId(this.appId)
            .appCertificate(this.appCertificate)
            .tokenTtl(this.tokenTtl);
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
        return "AgoraSettings[appId=" + this.appId + ", appCertificate=******, tokenTtl=" + this.tokenTtl + "]";
    }
}
