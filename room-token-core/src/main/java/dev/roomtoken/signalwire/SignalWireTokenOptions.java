package dev.roomtoken.signalwire;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
 * @param joinFrom the user cannot join before this instant
 * @param joinUntil the user cannot join after this instant; overrides the request's ttl
 * @param removeAt the user is removed from the room at this instant
 * @param removeAfterSecondsElapsed the user is removed after this many seconds in the room, 0 to
 * 200000
 * @param joinAudioMuted whether the user joins with audio muted (SignalWire's default: false)
 * @param joinVideoMuted whether the user joins with video muted (SignalWire's default: false)
 * @param autoCreateRoom whether joining creates a missing room (SignalWire's default: true)
 * @param enableRoomPreviews whether an auto-created room gets a preview video (SignalWire's
 * default: false)
 * @param roomDisplayName the display name of an auto-created room, at most 200 characters
 * @param endRoomSessionOnLeave whether the room session ends when this user leaves (SignalWire's
 * default: false)
 * @param roomMeta the room's metadata, at most 2000 characters as JSON
 * @param meta the member's metadata, at most 2000 characters as JSON
 * @param syncAudioVideo whether the jitter buffer syncs audio and video (SignalWire's default:
 * false)
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

    /** The most characters {@code room_display_name} takes. */
    public static final int MAX_ROOM_DISPLAY_NAME_LENGTH = 200;

    /** The most characters {@code room_meta} and {@code meta} take, serialized as JSON. */
    public static final int MAX_META_JSON_LENGTH = 2000;

    private static final SignalWireTokenOptions NONE = builder().build();

    /**
     * Checks every field against SignalWire's rules and keeps unmodifiable copies of the
     * collections.
     * @throws InvalidRoomTokenRequestException naming the first field that breaks a rule
     */
    public SignalWireTokenOptions {
        permissions = (permissions != null) ? checkedPermissions(permissions) : null;
        if (removeAfterSecondsElapsed != null
                && (removeAfterSecondsElapsed < 0 || removeAfterSecondsElapsed > MAX_REMOVE_AFTER_SECONDS_ELAPSED)) {
            throw new InvalidRoomTokenRequestException("removeAfterSecondsElapsed",
                    "must be between 0 and " + MAX_REMOVE_AFTER_SECONDS_ELAPSED);
        }
        if (roomDisplayName != null && roomDisplayName.length() > MAX_ROOM_DISPLAY_NAME_LENGTH) {
            throw new InvalidRoomTokenRequestException("roomDisplayName",
                    "must be at most " + MAX_ROOM_DISPLAY_NAME_LENGTH + " characters");
        }
        if (roomDisplayName != null && roomDisplayName.isBlank()) {
            throw new InvalidRoomTokenRequestException("roomDisplayName", "must not be blank when set");
        }
        joinFrom = (joinFrom != null) ? Rfc3339.toWirePrecision(joinFrom) : null;
        joinUntil = (joinUntil != null) ? Rfc3339.toWirePrecision(joinUntil) : null;
        removeAt = (removeAt != null) ? Rfc3339.toWirePrecision(removeAt) : null;
        checkJoinWindow(joinFrom, joinUntil);
        roomMeta = (roomMeta != null) ? checkedMeta("roomMeta", roomMeta) : null;
        meta = (meta != null) ? checkedMeta("meta", meta) : null;
    }

    /**
     * Starts building options.
     * @return a builder with every field unset
     */
    public static Builder builder() {
        return new Builder();
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
        if (json.length() > MAX_META_JSON_LENGTH) {
            throw new InvalidRoomTokenRequestException(field,
                    "must be at most " + MAX_META_JSON_LENGTH + " characters when serialized to JSON (was "
                            + json.length() + ")");
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }

    /**
     * Builds {@link SignalWireTokenOptions}. Not thread-safe; the options it builds are.
     */
    public static final class Builder {

        private @Nullable Set<String> permissions;

        private @Nullable SignalWireJoinAs joinAs;

        private @Nullable SignalWireMediaAllowed mediaAllowed;

        private @Nullable Instant joinFrom;

        private @Nullable Instant joinUntil;

        private @Nullable Instant removeAt;

        private @Nullable Integer removeAfterSecondsElapsed;

        private @Nullable Boolean joinAudioMuted;

        private @Nullable Boolean joinVideoMuted;

        private @Nullable Boolean autoCreateRoom;

        private @Nullable Boolean enableRoomPreviews;

        private @Nullable String roomDisplayName;

        private @Nullable Boolean endRoomSessionOnLeave;

        private @Nullable Map<String, Object> roomMeta;

        private @Nullable Map<String, Object> meta;

        private @Nullable Boolean syncAudioVideo;

        private Builder() {
        }

        /**
         * Adds permissions to send. Once this or {@link #permissionValues(String...)} is called,
         * the list is sent, even empty; left uncalled, SignalWire's default permissions apply.
         * @param permissions the permissions to add
         * @return this builder
         */
        public Builder permissions(SignalWirePermission... permissions) {
            Set<String> values = permissionSet();
            for (SignalWirePermission permission : permissions) {
                values.add(permission.wireValue());
            }
            return this;
        }

        /**
         * Adds permission strings to send as they are, for permissions that
         * {@link SignalWirePermission} does not know yet.
         * @param permissions permission strings such as {@code room.self.audio_mute}
         * @return this builder
         */
        public Builder permissionValues(String... permissions) {
            Collections.addAll(permissionSet(), permissions);
            return this;
        }

        private Set<String> permissionSet() {
            if (this.permissions == null) {
                this.permissions = new LinkedHashSet<>();
            }
            return this.permissions;
        }

        /**
         * Sets whether the user joins as a member or as audience. Audience members get no
         * permissions, so none are sent.
         * @param joinAs member or audience
         * @return this builder
         */
        public Builder joinAs(@Nullable SignalWireJoinAs joinAs) {
            this.joinAs = joinAs;
            return this;
        }

        /**
         * Sets what media the user may receive.
         * @param mediaAllowed audio only, video only or all
         * @return this builder
         */
        public Builder mediaAllowed(@Nullable SignalWireMediaAllowed mediaAllowed) {
            this.mediaAllowed = mediaAllowed;
            return this;
        }

        /**
         * Sets the instant before which the user cannot join.
         * @param joinFrom the instant
         * @return this builder
         */
        public Builder joinFrom(@Nullable Instant joinFrom) {
            this.joinFrom = joinFrom;
            return this;
        }

        /**
         * Sets the day before which the user cannot join, from midnight UTC, as SignalWire reads
         * a date alone.
         * @param joinFrom the day
         * @return this builder
         */
        public Builder joinFrom(LocalDate joinFrom) {
            return joinFrom(Rfc3339.midnightUtc(joinFrom));
        }

        /**
         * Sets when the user can join from, as an RFC 3339 datetime or a date alone (midnight
         * UTC).
         * @param joinFrom for example {@code 2022-01-01T23:59:59Z} or {@code 2022-01-01}
         * @return this builder
         */
        public Builder joinFrom(String joinFrom) {
            return joinFrom(Rfc3339.parse("joinFrom", joinFrom));
        }

        /**
         * Sets the instant after which the user cannot join. Overrides the request's ttl.
         * @param joinUntil the instant
         * @return this builder
         */
        public Builder joinUntil(@Nullable Instant joinUntil) {
            this.joinUntil = joinUntil;
            return this;
        }

        /**
         * Sets the day from whose midnight UTC the user cannot join.
         * @param joinUntil the day
         * @return this builder
         */
        public Builder joinUntil(LocalDate joinUntil) {
            return joinUntil(Rfc3339.midnightUtc(joinUntil));
        }

        /**
         * Sets when the user can join until, as an RFC 3339 datetime or a date alone (midnight
         * UTC).
         * @param joinUntil for example {@code 2022-01-01T23:59:59Z} or {@code 2022-01-01}
         * @return this builder
         */
        public Builder joinUntil(String joinUntil) {
            return joinUntil(Rfc3339.parse("joinUntil", joinUntil));
        }

        /**
         * Sets the instant at which the user is removed from the room.
         * @param removeAt the instant
         * @return this builder
         */
        public Builder removeAt(@Nullable Instant removeAt) {
            this.removeAt = removeAt;
            return this;
        }

        /**
         * Sets the day at whose midnight UTC the user is removed from the room.
         * @param removeAt the day
         * @return this builder
         */
        public Builder removeAt(LocalDate removeAt) {
            return removeAt(Rfc3339.midnightUtc(removeAt));
        }

        /**
         * Sets when the user is removed, as an RFC 3339 datetime or a date alone (midnight UTC).
         * @param removeAt for example {@code 2022-01-01T23:59:59Z} or {@code 2022-01-01}
         * @return this builder
         */
        public Builder removeAt(String removeAt) {
            return removeAt(Rfc3339.parse("removeAt", removeAt));
        }

        /**
         * Sets after how many seconds in the room the user is removed.
         * @param seconds 0 to 200000
         * @return this builder
         */
        public Builder removeAfterSecondsElapsed(@Nullable Integer seconds) {
            this.removeAfterSecondsElapsed = seconds;
            return this;
        }

        /**
         * Sets after how long in the room the user is removed, in whole seconds.
         * @param duration 0 to 200000 seconds
         * @return this builder
         */
        public Builder removeAfter(Duration duration) {
            long seconds = duration.toSeconds();
            if (seconds < 0 || seconds > MAX_REMOVE_AFTER_SECONDS_ELAPSED) {
                throw new InvalidRoomTokenRequestException("removeAfterSecondsElapsed",
                        "must be between 0 and " + MAX_REMOVE_AFTER_SECONDS_ELAPSED);
            }
            return removeAfterSecondsElapsed((int) seconds);
        }

        /**
         * Sets whether the user joins with audio muted.
         * @param joinAudioMuted SignalWire's default is {@code false}
         * @return this builder
         */
        public Builder joinAudioMuted(@Nullable Boolean joinAudioMuted) {
            this.joinAudioMuted = joinAudioMuted;
            return this;
        }

        /**
         * Sets whether the user joins with video muted.
         * @param joinVideoMuted SignalWire's default is {@code false}
         * @return this builder
         */
        public Builder joinVideoMuted(@Nullable Boolean joinVideoMuted) {
            this.joinVideoMuted = joinVideoMuted;
            return this;
        }

        /**
         * Sets whether joining with this token creates the room if it does not exist.
         * @param autoCreateRoom SignalWire's default is {@code true}
         * @return this builder
         */
        public Builder autoCreateRoom(@Nullable Boolean autoCreateRoom) {
            this.autoCreateRoom = autoCreateRoom;
            return this;
        }

        /**
         * Sets whether a room this token auto-creates gets a preview video.
         * @param enableRoomPreviews SignalWire's default is {@code false}
         * @return this builder
         */
        public Builder enableRoomPreviews(@Nullable Boolean enableRoomPreviews) {
            this.enableRoomPreviews = enableRoomPreviews;
            return this;
        }

        /**
         * Sets the display name of a room this token auto-creates.
         * @param roomDisplayName at most 200 characters; SignalWire defaults it to the room name
         * @return this builder
         */
        public Builder roomDisplayName(@Nullable String roomDisplayName) {
            this.roomDisplayName = roomDisplayName;
            return this;
        }

        /**
         * Sets whether the room session ends when the user of this token leaves.
         * @param endRoomSessionOnLeave SignalWire's default is {@code false}
         * @return this builder
         */
        public Builder endRoomSessionOnLeave(@Nullable Boolean endRoomSessionOnLeave) {
            this.endRoomSessionOnLeave = endRoomSessionOnLeave;
            return this;
        }

        /**
         * Sets the room's metadata.
         * @param roomMeta a JSON object of at most 2000 characters once serialized
         * @return this builder
         */
        public Builder roomMeta(@Nullable Map<String, ?> roomMeta) {
            this.roomMeta = (roomMeta != null) ? new LinkedHashMap<>(roomMeta) : null;
            return this;
        }

        /**
         * Sets the member's metadata.
         * @param meta a JSON object of at most 2000 characters once serialized
         * @return this builder
         */
        public Builder meta(@Nullable Map<String, ?> meta) {
            this.meta = (meta != null) ? new LinkedHashMap<>(meta) : null;
            return this;
        }

        /**
         * Sets whether the jitter buffer syncs audio and video.
         * @param syncAudioVideo SignalWire's default is {@code false}
         * @return this builder
         */
        public Builder syncAudioVideo(@Nullable Boolean syncAudioVideo) {
            this.syncAudioVideo = syncAudioVideo;
            return this;
        }

        /**
         * Builds the options, checking every rule.
         * @return the immutable options
         * @throws InvalidRoomTokenRequestException naming the first field that breaks a rule
         */
        public SignalWireTokenOptions build() {
            return new SignalWireTokenOptions(this.permissions, this.joinAs, this.mediaAllowed, this.joinFrom,
                    this.joinUntil, this.removeAt, this.removeAfterSecondsElapsed, this.joinAudioMuted,
                    this.joinVideoMuted, this.autoCreateRoom, this.enableRoomPreviews, this.roomDisplayName,
                    this.endRoomSessionOnLeave, this.roomMeta, this.meta, this.syncAudioVideo);
        }
    }
}
