package dev.roomtoken.zoom.autoconfigure;

import java.time.Duration;
import java.util.Locale;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import dev.roomtoken.autoconfigure.provider.ProviderSettings;
import dev.roomtoken.zoom.ZoomIdentityClaim;
import dev.roomtoken.zoom.ZoomTokenIssuer;
import dev.roomtoken.zoom.ZoomTokenOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Zoom Video SDK's settings, checked: the SDK key and secret, the default ttl, the identity claim
 * and the default options. The ttl is checked by the issuer's builder itself, so that the
 * start-up check and the issuer can never disagree.
 *
 * @param sdkKey the Video SDK key
 * @param sdkSecret the Video SDK secret
 * @param tokenTtl the ttl of a request that sets none
 * @param identityClaim the claim the identity goes into
 * @param defaults the default token options
 */
record ZoomSettings(String sdkKey, String sdkSecret, Duration tokenTtl, ZoomIdentityClaim identityClaim,
        ZoomTokenOptions defaults) {

    private static final String PREFIX = "roomtoken.zoom.";

    static ZoomSettings from(ZoomProperties properties) {
        ProviderSettings.checkResolved(PREFIX + "sdk-key", properties.getSdkKey());
        ProviderSettings.checkResolved(PREFIX + "sdk-secret", properties.getSdkSecret());
        String sdkKey = required(properties.getSdkKey(), "sdk-key", "the SDK key");
        String sdkSecret = required(properties.getSdkSecret(), "sdk-secret", "the SDK secret");
        Duration tokenTtl = tokenTtl(properties.getTokenTtl());
        return new ZoomSettings(sdkKey, sdkSecret, tokenTtl, properties.getIdentityClaim(),
                defaults(properties.getDefaults()));
    }

    private static String required(@Nullable String value, String property, String what) {
        if (!StringUtils.hasText(value)) {
            throw new RoomTokenConfigurationException(PREFIX + property, "is not set", "Set " + PREFIX + property
                    + " to " + what + " of a Video SDK app (Zoom App Marketplace, the app's Video SDK credentials; "
                    + "not its API key and secret, which sign REST calls).");
        }
        return value.trim();
    }

    private static Duration tokenTtl(Duration tokenTtl) {
        try {
            ZoomTokenIssuer.builder().tokenTtl(tokenTtl);
            return tokenTtl;
        }
        catch (IllegalArgumentException ex) {
            throw new RoomTokenConfigurationException(PREFIX + "token-ttl",
                    "is " + text(tokenTtl) + ", not a whole number of seconds from 1800s to 172800s (Zoom's bounds "
                            + "on exp - iat)",
                    "Set " + PREFIX + "token-ttl to a whole number of seconds between 1800s and 172800s (30m to 48h).");
        }
    }

    /** A duration as it is written in {@code application.yml}: {@code 600s}, {@code 1500ms}. */
    private static String text(Duration duration) {
        if (duration.getNano() % 1_000_000 != 0) {
            return duration.toString();
        }
        long millis = duration.toMillis();
        return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
    }

    private static ZoomTokenOptions defaults(ZoomProperties.Defaults defaults) {
        try {
            return ZoomTokenOptions.builder()
                .role(defaults.getRole())
                .sessionKey(defaults.getSessionKey())
                .geoRegions(defaults.getGeoRegions())
                .cloudRecordingOption(defaults.getCloudRecordingOption())
                .cloudRecordingElection(defaults.getCloudRecordingElection())
                .telemetryTrackingId(defaults.getTelemetryTrackingId())
                .videoWebRtcMode(defaults.getVideoWebRtcMode())
                .audioWebRtcMode(defaults.getAudioWebRtcMode())
                .build();
        }
        catch (InvalidRoomTokenRequestException ex) {
            String property = PREFIX + "defaults." + kebab(ex.field());
            throw new RoomTokenConfigurationException(property, ex.rule(), "Fix " + property + ": it " + ex.rule() + ".");
        }
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "ZoomSettings[sdkKey=" + this.sdkKey + ", sdkSecret=******, tokenTtl=" + this.tokenTtl
                + ", identityClaim=" + this.identityClaim.claim() + "]";
    }
}
