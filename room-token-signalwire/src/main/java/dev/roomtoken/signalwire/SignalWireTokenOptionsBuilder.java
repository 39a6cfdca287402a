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
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link SignalWireTokenOptions}. Not thread-safe; the options it builds are.
 *
 * @since 0.1.0
 */
public final class SignalWireTokenOptionsBuilder {

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

    SignalWireTokenOptionsBuilder() {
    }

    /**
     * Adds permissions to send. Once this or {@link #permissionValues(String...)} is called,
     * the list is sent, even empty; left uncalled, SignalWire's default permissions apply.
     * @param permissions the permissions to add
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder permissions(SignalWirePermission... permissions) {
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
    public SignalWireTokenOptionsBuilder permissionValues(String... permissions) {
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
    public SignalWireTokenOptionsBuilder joinAs(@Nullable SignalWireJoinAs joinAs) {
        this.joinAs = joinAs;
        return this;
    }

    /**
     * Sets what media the user may receive.
     * @param mediaAllowed audio only, video only or all
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder mediaAllowed(@Nullable SignalWireMediaAllowed mediaAllowed) {
        this.mediaAllowed = mediaAllowed;
        return this;
    }

    /**
     * Sets the instant before which the user cannot join.
     * @param joinFrom the instant
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder joinFrom(@Nullable Instant joinFrom) {
        this.joinFrom = joinFrom;
        return this;
    }

    /**
     * Sets the day before which the user cannot join, from midnight UTC, as SignalWire reads
     * a date alone.
     * @param joinFrom the day
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder joinFrom(LocalDate joinFrom) {
        return joinFrom(Rfc3339.midnightUtc(joinFrom));
    }

    /**
     * Sets when the user can join from, as an RFC 3339 datetime or a date alone (midnight
     * UTC).
     * @param joinFrom for example {@code 2022-01-01T23:59:59Z} or {@code 2022-01-01}
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder joinFrom(String joinFrom) {
        return joinFrom(Rfc3339.parse("joinFrom", joinFrom));
    }

    /**
     * Sets the instant after which the user cannot join. Overrides the request's ttl.
     * @param joinUntil the instant
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder joinUntil(@Nullable Instant joinUntil) {
        this.joinUntil = joinUntil;
        return this;
    }

    /**
     * Sets the day from whose midnight UTC the user cannot join.
     * @param joinUntil the day
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder joinUntil(LocalDate joinUntil) {
        return joinUntil(Rfc3339.midnightUtc(joinUntil));
    }

    /**
     * Sets when the user can join until, as an RFC 3339 datetime or a date alone (midnight
     * UTC).
     * @param joinUntil for example {@code 2022-01-01T23:59:59Z} or {@code 2022-01-01}
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder joinUntil(String joinUntil) {
        return joinUntil(Rfc3339.parse("joinUntil", joinUntil));
    }

    /**
     * Sets the instant at which the user is removed from the room.
     * @param removeAt the instant
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder removeAt(@Nullable Instant removeAt) {
        this.removeAt = removeAt;
        return this;
    }

    /**
     * Sets the day at whose midnight UTC the user is removed from the room.
     * @param removeAt the day
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder removeAt(LocalDate removeAt) {
        return removeAt(Rfc3339.midnightUtc(removeAt));
    }

    /**
     * Sets when the user is removed, as an RFC 3339 datetime or a date alone (midnight UTC).
     * @param removeAt for example {@code 2022-01-01T23:59:59Z} or {@code 2022-01-01}
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder removeAt(String removeAt) {
        return removeAt(Rfc3339.parse("removeAt", removeAt));
    }

    /**
     * Sets after how many seconds in the room the user is removed.
     * @param seconds 0 to 200000
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder removeAfterSecondsElapsed(@Nullable Integer seconds) {
        this.removeAfterSecondsElapsed = seconds;
        return this;
    }

    /**
     * Sets after how long in the room the user is removed, in whole seconds.
     * @param duration 0 to 200000 seconds
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder removeAfter(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 0 || seconds > SignalWireTokenOptions.MAX_REMOVE_AFTER_SECONDS_ELAPSED) {
            throw new InvalidRoomTokenRequestException("removeAfterSecondsElapsed",
                    "must be between 0 and " + SignalWireTokenOptions.MAX_REMOVE_AFTER_SECONDS_ELAPSED);
        }
        return removeAfterSecondsElapsed((int) seconds);
    }

    /**
     * Sets whether the user joins with audio muted.
     * @param joinAudioMuted SignalWire's default is {@code false}
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder joinAudioMuted(@Nullable Boolean joinAudioMuted) {
        this.joinAudioMuted = joinAudioMuted;
        return this;
    }

    /**
     * Sets whether the user joins with video muted.
     * @param joinVideoMuted SignalWire's default is {@code false}
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder joinVideoMuted(@Nullable Boolean joinVideoMuted) {
        this.joinVideoMuted = joinVideoMuted;
        return this;
    }

    /**
     * Sets whether joining with this token creates the room if it does not exist.
     * @param autoCreateRoom SignalWire's default is {@code true}
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder autoCreateRoom(@Nullable Boolean autoCreateRoom) {
        this.autoCreateRoom = autoCreateRoom;
        return this;
    }

    /**
     * Sets whether a room this token auto-creates gets a preview video.
     * @param enableRoomPreviews SignalWire's default is {@code false}
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder enableRoomPreviews(@Nullable Boolean enableRoomPreviews) {
        this.enableRoomPreviews = enableRoomPreviews;
        return this;
    }

    /**
     * Sets the display name of a room this token auto-creates.
     * @param roomDisplayName at most 200 characters; SignalWire defaults it to the room name
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder roomDisplayName(@Nullable String roomDisplayName) {
        this.roomDisplayName = roomDisplayName;
        return this;
    }

    /**
     * Sets whether the room session ends when the user of this token leaves.
     * @param endRoomSessionOnLeave SignalWire's default is {@code false}
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder endRoomSessionOnLeave(@Nullable Boolean endRoomSessionOnLeave) {
        this.endRoomSessionOnLeave = endRoomSessionOnLeave;
        return this;
    }

    /**
     * Sets the room's metadata.
     * @param roomMeta a JSON object of at most 2000 characters once serialized
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder roomMeta(@Nullable Map<String, ?> roomMeta) {
        this.roomMeta = (roomMeta != null) ? new LinkedHashMap<>(roomMeta) : null;
        return this;
    }

    /**
     * Sets the member's metadata.
     * @param meta a JSON object of at most 2000 characters once serialized
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder meta(@Nullable Map<String, ?> meta) {
        this.meta = (meta != null) ? new LinkedHashMap<>(meta) : null;
        return this;
    }

    /**
     * Sets whether the jitter buffer syncs audio and video.
     * @param syncAudioVideo SignalWire's default is {@code false}
     * @return this builder
     */
    public SignalWireTokenOptionsBuilder syncAudioVideo(@Nullable Boolean syncAudioVideo) {
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
