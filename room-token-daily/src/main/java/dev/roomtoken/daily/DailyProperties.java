package dev.roomtoken.daily;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.roomtoken.InvalidRoomTokenRequestException;
import org.jspecify.annotations.Nullable;

/**
 * The properties of one token, as Daily's JSON values, written once and read in either mode: with
 * their REST names into the body of {@code POST /meeting-tokens}, or with their abbreviations into a
 * self-signed token. So one request and one options object mean the same in both modes.
 */
final class DailyProperties {

    private final EnumMap<DailyProperty, Object> values = new EnumMap<>(DailyProperty.class);

    private DailyProperties() {
    }

    /**
     * The properties of a checked request, without {@code exp}, which each mode sets itself.
     */
    static DailyProperties of(String room, @Nullable String identity, @Nullable String displayName,
            DailyTokenOptions options) {
        DailyProperties properties = new DailyProperties();
        properties.put(DailyProperty.ROOM_NAME, room);
        properties.put(DailyProperty.NBF, (options.notBefore() != null) ? options.notBefore().getEpochSecond() : null);
        properties.put(DailyProperty.USER_ID, identity);
        properties.put(DailyProperty.USER_NAME, displayName);
        properties.put(DailyProperty.IS_OWNER, options.owner());
        properties.put(DailyProperty.EJECT_AT_TOKEN_EXP, options.ejectAtTokenExp());
        properties.put(DailyProperty.EJECT_AFTER_ELAPSED,
                (options.ejectAfterElapsed() != null) ? (int) options.ejectAfterElapsed().toSeconds() : null);
        properties.put(DailyProperty.ENABLE_SCREENSHARE, options.enableScreenshare());
        properties.put(DailyProperty.START_VIDEO_OFF, options.startVideoOff());
        properties.put(DailyProperty.START_AUDIO_OFF, options.startAudioOff());
        properties.put(DailyProperty.ENABLE_RECORDING,
                (options.enableRecording() != null) ? options.enableRecording().wireValue() : null);
        properties.put(DailyProperty.ENABLE_PREJOIN_UI, options.enablePrejoinUi());
        properties.put(DailyProperty.ENABLE_LIVE_CAPTIONS_UI, options.enableLiveCaptionsUi());
        properties.put(DailyProperty.ENABLE_RECORDING_UI, options.enableRecordingUi());
        properties.put(DailyProperty.ENABLE_TERSE_LOGGING, options.enableTerseLogging());
        properties.put(DailyProperty.KNOCKING, options.knocking());
        properties.put(DailyProperty.START_CLOUD_RECORDING, options.startCloudRecording());
        properties.put(DailyProperty.START_CLOUD_RECORDING_OPTS, options.startCloudRecordingOpts());
        properties.put(DailyProperty.AUTO_START_TRANSCRIPTION, options.autoStartTranscription());
        properties.put(DailyProperty.CLOSE_TAB_ON_EXIT, options.closeTabOnExit());
        properties.put(DailyProperty.REDIRECT_ON_MEETING_EXIT,
                (options.redirectOnMeetingExit() != null) ? options.redirectOnMeetingExit().toString() : null);
        properties.put(DailyProperty.LANG, (options.lang() != null) ? options.lang().wireValue() : null);
        properties.put(DailyProperty.PERMISSIONS, options.permissions());
        return properties;
    }

    private void put(DailyProperty property, @Nullable Object value) {
        if (value != null) {
            this.values.put(property, value);
        }
    }

    /**
     * These properties with {@code exp} set.
     * @param expiresAt the token's expiry, in whole seconds
     * @return a copy
     */
    DailyProperties expiringAt(Instant expiresAt) {
        DailyProperties copy = new DailyProperties();
        copy.values.putAll(this.values);
        copy.values.put(DailyProperty.EXP, expiresAt.getEpochSecond());
        return copy;
    }

    /**
     * These properties as a self-signed token writes them, checked before anything is signed:
     * {@code permissions} in its abbreviated form, the rest as they are.
     * @return a copy, for {@link #selfSignedClaims(String, long)}
     * @throws InvalidRoomTokenRequestException naming the first option that cannot be self-signed
     */
    DailyProperties selfSignable() {
        DailyProperties copy = new DailyProperties();
        this.values.forEach((property, value) -> {
            if (property.abbreviation() == null) {
                throw new InvalidRoomTokenRequestException(property.field(), "cannot be self-signed: Daily's token "
                        + "property abbreviations give " + property.restName() + " no form this client writes; "
                        + "leave it out or use REST mode");
            }
            copy.values.put(property, (value instanceof DailyPermissions permissions) ? permissions.abbreviated() : value);
        });
        return copy;
    }

    /** The body of {@code POST /meeting-tokens}: {@code {"properties": {...}}} with REST names. */
    Map<String, Object> restBody() {
        Map<String, Object> properties = new LinkedHashMap<>();
        this.values.forEach((property, value) -> properties.put(property.restName(),
                (value instanceof DailyPermissions permissions) ? permissions.wire() : value));
        return Map.of("properties", properties);
    }

    /**
     * The claims of a self-signed token: the abbreviated properties, with the domain id
     * ({@code d}) and the issue time ({@code iat}) that self-signing requires after the room. Only
     * for properties from {@link #selfSignable()}.
     */
    Map<String, Object> selfSignedClaims(String domainId, long issuedAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        this.values.forEach((property, value) -> {
            claims.put(Objects.requireNonNull(property.abbreviation(), property.restName()), value);
            if (property == DailyProperty.ROOM_NAME) {
                claims.put("d", domainId);
                claims.put("iat", issuedAt);
            }
        });
        return claims;
    }

    @Override
    public String toString() {
        return "DailyProperties" + this.values.keySet();
    }
}
