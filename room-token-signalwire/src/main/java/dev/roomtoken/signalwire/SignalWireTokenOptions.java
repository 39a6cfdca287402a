package dev.roomtoken.signalwire;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenOptions;
import dev.roomtoken.http.WireJson;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;

/**
 * Every SignalWire room token field that is not portable. A field left {@code null} is not sent,
 * so the configured default, or else SignalWire's own default, applies. Build with
 * {@link #builder()}; every rule of the SignalWire API is checked when the options are built.
 *
 * @param permissions the permission strings to send, in order; empty sends an empty list
 * @param joinAs whether the user joins as a member or as audience
 * @param mediaAllowed what media the user may receive
 * @param joinFrom the user cannot join before this instant; from year 0000 to 9999, as RFC 3339
 * writes it
 * @param joinUntil the user cannot join after this instant; overrides the request's ttl; from year
 * 0000 to 9999
 * @param removeAt the user is removed from the room at this instant; from year 0000 to 9999
 * @param removeAfterSecondsElapsed the user is removed after this many seconds in the room, 0 to
 * 200000
 * @param joinAudioMuted whether the user joins with audio muted (SignalWire's default: false)
 * @param joinVideoMuted whether the user joins with video muted (SignalWire's default: false)
 * @param autoCreateRoom whether joining creates a missing room (SignalWire's default: true)
 * @param enableRoomPreviews whether an auto-created room gets a preview video (SignalWire's
 * default: false)
 * @param roomDisplayName the display name of an auto-created room, at most 200 characters
 * (Unicode code points)
 * @param endRoomSessionOnLeave whether the room session ends when this user leaves (SignalWire's
 * default: false)
 * @param roomMeta the room's metadata, at most 2000 characters as JSON
 * @param meta the member's metadata, at most 2000 characters as JSON
 * @param syncAudioVideo whether the jitter buffer syncs audio and video (SignalWire's default:
 * false)
 *
 * @since 0.1.0
 */
public record SignalWireTokenOptions(@Nullable Set<String> permissions, @Nullable SignalWireJoinAs joinAs,
        @Nullable SignalWireMediaAllowed mediaAllowed, @Nullable Instant joinFrom, @Nullable Instant joinUntil,
        @Nullable Instant removeAt, @Nullable Integer removeAfterSecondsElapsed, @Nullable Boolean joinAudioMuted,
        @Nullable Boolean joinVideoMuted, @Nullable Boolean autoCreateRoom, @Nullable Boolean enableRoomPreviews,
        @Nullable String roomDisplayName, @Nullable Boolean endRoomSessionOnLeave,
        @Nullable Map<String, Object> roomMeta, @Nullable Map<String, Object> meta,
        @Nullable Boolean syncAudioVideo) implements RoomTokenOptions {

    /** The most seconds {@code remove_after_seconds_elapsed} takes. */
    public static final int MAX_REMOVE_AFTER_SECONDS_ELAPSED = 200_000;

    /** The most characters (Unicode code points) {@code room_display_name} takes. */
    public static final int MAX_ROOM_DISPLAY_NAME_LENGTH = 200;

    /** The most characters (Unicode code points) {@code room_meta} and {@code meta} take, serialized as JSON. */
    public static final int MAX_META_JSON_LENGTH = 2000;

    private static final SignalWireTokenOptions NONE = builder().build();

    /**
     * Checks every field against SignalWire's rules and keeps unmodifiable copies of the
     * collections.
     * @param permissions the permission strings to send, in order; empty sends an empty list
     * @param joinAs whether the user joins as a member or as audience
     * @param mediaAllowed what media the user may receive
     * @param joinFrom the user cannot join before this instant; from year 0000 to 9999, as RFC 3339
     * writes it
     * @param joinUntil the user cannot join after this instant; overrides the request's ttl; from year
     * 0000 to 9999
     * @param removeAt the user is removed from the room at this instant; from year 0000 to 9999
     * @param removeAfterSecondsElapsed the user is removed after this many seconds in the room, 0 to
     * 200000
     * @param joinAudioMuted whether the user joins with audio muted (SignalWire's default: false)
     * @param joinVideoMuted whether the user joins with video muted (SignalWire's default: false)
     * @param autoCreateRoom whether joining creates a missing room (SignalWire's default: true)
     * @param enableRoomPreviews whether an auto-created room gets a preview video (SignalWire's
     * default: false)
     * @param roomDisplayName the display name of an auto-created room, at most 200 characters
     * (Unicode code points)
     * @param endRoomSessionOnLeave whether the room session ends when this user leaves (SignalWire's
     * default: false)
     * @param roomMeta the room's metadata, at most 2000 characters as JSON
     * @param meta the member's metadata, at most 2000 characters as JSON
     * @param syncAudioVideo whether the jitter buffer syncs audio and video (SignalWire's default:
     * false)
     * @throws InvalidRoomTokenRequestException naming the first field that breaks a rule
     */
    public SignalWireTokenOptions {
        permissions = (permissions != null) ? checkedPermissions(permissions) : null;
        if (removeAfterSecondsElapsed != null
                && (removeAfterSecondsElapsed < 0 || removeAfterSecondsElapsed > MAX_REMOVE_AFTER_SECONDS_ELAPSED)) {
            throw new InvalidRoomTokenRequestException("removeAfterSecondsElapsed",
                    "must be between 0 and " + MAX_REMOVE_AFTER_SECONDS_ELAPSED);
        }
        if (roomDisplayName != null) {
            SignalWireText.checkMaxLength("roomDisplayName", roomDisplayName, MAX_ROOM_DISPLAY_NAME_LENGTH);
        }
        if (roomDisplayName != null && roomDisplayName.isBlank()) {
            throw new InvalidRoomTokenRequestException("roomDisplayName", "must not be blank when set");
        }
        joinFrom = (joinFrom != null) ? Rfc3339.checkedWirePrecision("joinFrom", joinFrom) : null;
        joinUntil = (joinUntil != null) ? Rfc3339.checkedWirePrecision("joinUntil", joinUntil) : null;
        removeAt = (removeAt != null) ? Rfc3339.checkedWirePrecision("removeAt", removeAt) : null;
        checkJoinWindow(joinFrom, joinUntil);
        roomMeta = (roomMeta != null) ? checkedMeta("roomMeta", roomMeta) : null;
        meta = (meta != null) ? checkedMeta("meta", meta) : null;
    }

    /**
     * Starts building options.
     * @return a builder with every field unset
     */
    public static SignalWireTokenOptionsBuilder builder() {
        return new SignalWireTokenOptionsBuilder();
    }

    /**
     * Options with every field unset, so SignalWire's defaults apply.
     * @return the empty options
     */
    public static SignalWireTokenOptions none() {
        return NONE;
    }

    /**
     * Merges these options over defaults: each field set here wins, each field left unset takes
     * the default's value.
     * @param defaults the defaults, for example from {@code roomtoken.signalwire.defaults.*}
     * @return the merged options
     * @throws InvalidRoomTokenRequestException if the merged options break a rule together, such
     * as a {@code joinFrom} after the default {@code joinUntil}
     */
    public SignalWireTokenOptions withDefaults(SignalWireTokenOptions defaults) {
        if (defaults.equals(NONE)) {
            return this;
        }
        return new SignalWireTokenOptions(pick(this.permissions, defaults.permissions),
                pick(this.joinAs, defaults.joinAs), pick(this.mediaAllowed, defaults.mediaAllowed),
                pick(this.joinFrom, defaults.joinFrom), pick(this.joinUntil, defaults.joinUntil),
                pick(this.removeAt, defaults.removeAt),
                pick(this.removeAfterSecondsElapsed, defaults.removeAfterSecondsElapsed),
                pick(this.joinAudioMuted, defaults.joinAudioMuted), pick(this.joinVideoMuted, defaults.joinVideoMuted),
                pick(this.autoCreateRoom, defaults.autoCreateRoom),
                pick(this.enableRoomPreviews, defaults.enableRoomPreviews),
                pick(this.roomDisplayName, defaults.roomDisplayName),
                pick(this.endRoomSessionOnLeave, defaults.endRoomSessionOnLeave), pick(this.roomMeta, defaults.roomMeta),
                pick(this.meta, defaults.meta), pick(this.syncAudioVideo, defaults.syncAudioVideo));
    }

    private static <T> @Nullable T pick(@Nullable T value, @Nullable T fallback) {
        return (value != null) ? value : fallback;
    }

    static void checkJoinWindow(@Nullable Instant joinFrom, @Nullable Instant joinUntil) {
        if (joinFrom != null && joinUntil != null && joinFrom.isAfter(joinUntil)) {
            throw new InvalidRoomTokenRequestException("joinFrom", "must not be after joinUntil");
        }
    }

    private static Set<String> checkedPermissions(Set<String> permissions) {
        for (String permission : permissions) {
            if (permission == null || permission.isBlank() || permission.chars().anyMatch(Character::isWhitespace)) {
                throw new InvalidRoomTokenRequestException("permissions",
                        "must be non-blank permission strings without whitespace, such as room.self.audio_mute");
            }
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(permissions));
    }

    private static Map<String, Object> checkedMeta(String field, Map<String, Object> meta) {
        String json;
        try {
            json = WireJson.mapper().writeValueAsString(meta);
        }
        catch (JacksonException ex) {
            throw new InvalidRoomTokenRequestException(field, "must be serializable as a JSON object");
        }
        int length = SignalWireText.length(json);
        if (length > MAX_META_JSON_LENGTH) {
            throw new InvalidRoomTokenRequestException(field, "must be at most " + MAX_META_JSON_LENGTH
                    + " characters, counted as Unicode code points, when serialized to JSON (was " + length + ")");
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }
}
