package dev.roomtoken.signalwire.autoconfigure;

import java.net.URI;
import java.util.Locale;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import dev.roomtoken.autoconfigure.provider.ProviderSettings;
import dev.roomtoken.signalwire.SignalWireSpace;
import dev.roomtoken.signalwire.SignalWireTokenOptions;
import dev.roomtoken.signalwire.SignalWireTokenOptionsBuilder;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * SignalWire's settings, checked: where to call, the credentials, and the default options.
 *
 * @param baseUrl the API's base URL
 * @param projectId the project id
 * @param apiToken the API token
 * @param defaults the default token options
 */
record SignalWireSettings(URI baseUrl, String projectId, String apiToken, SignalWireTokenOptions defaults) {

    private static final String PREFIX = "roomtoken.signalwire.";

    static SignalWireSettings from(SignalWireProperties properties, boolean allowInsecure) {
        ProviderSettings.checkResolved(PREFIX + "space", properties.getSpace());
        ProviderSettings.checkResolved(PREFIX + "base-url", properties.getBaseUrl());
        ProviderSettings.checkResolved(PREFIX + "project-id", properties.getProjectId());
        ProviderSettings.checkResolved(PREFIX + "api-token", properties.getApiToken());
        String projectId = required(properties.getProjectId(), "project-id",
                "the project ID shown in your SignalWire space's API page");
        String apiToken = required(properties.getApiToken(), "api-token",
                "an API token with the Video scope from your SignalWire space's API page");
        return new SignalWireSettings(baseUrl(properties, allowInsecure), projectId, apiToken,
                defaults(properties.getDefaults()));
    }

    private static String required(@Nullable String value, String property, String what) {
        if (!StringUtils.hasText(value)) {
            throw new RoomTokenConfigurationException(PREFIX + property, "is not set",
                    "Set " + PREFIX + property + " to " + what + ".");
        }
        return value.trim();
    }

    private static URI baseUrl(SignalWireProperties properties, boolean allowInsecure) {
        if (StringUtils.hasText(properties.getBaseUrl())) {
            return ProviderSettings.baseUrl(PREFIX + "base-url", properties.getBaseUrl(),
                    "https://example.signalwire.com", allowInsecure);
        }
        if (!StringUtils.hasText(properties.getSpace())) {
            throw new RoomTokenConfigurationException(PREFIX + "space", "is not set",
                    "Set " + PREFIX + "space to your space's name (\"example\" for example.signalwire.com), or "
                            + PREFIX + "base-url to the API's URL.");
        }
        try {
            return SignalWireSpace.baseUrl(properties.getSpace());
        }
        catch (IllegalArgumentException ex) {
            throw new RoomTokenConfigurationException(PREFIX + "space", "is not a SignalWire space: '"
                    + properties.getSpace() + "'", "Set " + PREFIX
                            + "space to the space's name, such as \"example\", or its host, such as \"example.signalwire.com\".");
        }
    }

    private static SignalWireTokenOptions defaults(SignalWireProperties.Defaults defaults) {
        try {
            SignalWireTokenOptionsBuilder options = SignalWireTokenOptions.builder()
                .joinAs(defaults.getJoinAs())
                .mediaAllowed(defaults.getMediaAllowed())
                .removeAfterSecondsElapsed(defaults.getRemoveAfterSecondsElapsed())
                .joinAudioMuted(defaults.getJoinAudioMuted())
                .joinVideoMuted(defaults.getJoinVideoMuted())
                .autoCreateRoom(defaults.getAutoCreateRoom())
                .enableRoomPreviews(defaults.getEnableRoomPreviews())
                .roomDisplayName(defaults.getRoomDisplayName())
                .endRoomSessionOnLeave(defaults.getEndRoomSessionOnLeave())
                .syncAudioVideo(defaults.getSyncAudioVideo())
                .roomMeta(MetadataDefaults.jsonObject(PREFIX + "defaults.room-meta", defaults.getRoomMeta()))
                .meta(MetadataDefaults.jsonObject(PREFIX + "defaults.meta", defaults.getMeta()));
            if (defaults.getPermissions() != null) {
                options.permissionValues(defaults.getPermissions().toArray(String[]::new));
            }
            return options.build();
        }
        catch (InvalidRoomTokenRequestException ex) {
            String property = PREFIX + "defaults." + kebab(ex.field());
            throw new RoomTokenConfigurationException(property, ex.rule(),
                    "Fix " + property + ": it " + ex.rule() + ".");
        }
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "SignalWireSettings[baseUrl=" + this.baseUrl + ", projectId=" + this.projectId + ", apiToken=******]";
    }
}
