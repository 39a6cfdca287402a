package dev.roomtoken.daily;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.http.WireJson;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;

/**
 * A token's {@code permissions}: the initial permissions of a participant who is not a meeting
 * owner (<a href="https://docs.daily.co/reference/rest-api/meeting-tokens/create-meeting-token">create meeting token</a>).
 * A permission left unset is not sent, so the room's or the domain's applies. {@code canSend} and
 * {@code canAdmin} are either {@code true} (all), {@code false} (none) or a list of kinds;
 * {@code canReceive} is the object that daily-js documents, keyed by {@code base},
 * {@code byUserId} and {@code byParticipantId}
 * (<a href="https://docs.daily.co/reference/daily-js/instance-methods/participants#permissionscanreceive-properties">permissions.canReceive</a>).
 * A self-signed token carries them under the names Daily's "permissions abbreviations" give
 * (<a href="https://docs.daily.co/docs/guides/privacy-and-security/self-signing-tokens">self-signing tokens</a>):
 * {@code hp}, {@code cs} (a boolean, or the letters {@code v}, {@code a}, {@code sv}, {@code sa}
 * separated by commas) and {@code cr} with {@code b}. The rest (canAdmin, the custom tracks, an
 * empty {@code canSend} list, {@code canReceive} beyond a boolean {@code base}) has no abbreviated
 * form this client writes and is refused in that mode. Immutable.
 *
 * @since 0.1.0
 */
public final class DailyPermissions {

    private static final Set<String> CAN_RECEIVE_KEYS = Set.of("base", "byUserId", "byParticipantId");

    private final @Nullable Boolean hasPresence;

    private final @Nullable Boolean canSendAll;

    private final @Nullable List<DailyMediaType> canSendKinds;

    private final @Nullable Map<String, Object> canReceive;

    private final @Nullable Object canAdmin;

    private DailyPermissions(Builder builder) {
        this.hasPresence = builder.hasPresence;
        this.canSendAll = builder.canSendAll;
        this.canSendKinds = builder.canSendKinds;
        this.canReceive = builder.canReceive;
        this.canAdmin = builder.canAdmin;
    }

    /**
     * Starts building permissions.
     * @return a builder with every permission unset
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether the participant appears as present in the call.
     * @return the value, or {@code null} when unset
     */
    public @Nullable Boolean hasPresence() {
        return this.hasPresence;
    }

    /**
     * What the participant may send, as Daily takes it.
     * @return a {@link Boolean}, an unmodifiable list of the kinds' wire values, or {@code null}
     * when unset
     */
    public @Nullable Object canSend() {
        return (this.canSendKinds != null) ? this.canSendKinds.stream().map(DailyMediaType::wireValue).toList()
                : this.canSendAll;
    }

    /**
     * What the participant may receive.
     * @return the unmodifiable object, or {@code null} when unset
     */
    public @Nullable Map<String, Object> canReceive() {
        return this.canReceive;
    }

    /**
     * What admin tasks the participant may do, as Daily takes it.
     * @return a {@link Boolean}, an unmodifiable list of the tasks' wire values, or {@code null}
     * when unset
     */
    public @Nullable Object canAdmin() {
        return this.canAdmin;
    }

    /**
     * The permissions as Daily's JSON object, in the documented order, unset ones left out.
     * @return a new map
     */
    Map<String, Object> wire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        putIfSet(wire, "hasPresence", this.hasPresence);
        putIfSet(wire, "canSend", canSend());
        putIfSet(wire, "canReceive", this.canReceive);
        putIfSet(wire, "canAdmin", this.canAdmin);
        return wire;
    }

    /**
     * The permissions as a self-signed token's {@code p}, under Daily's abbreviations, unset ones
     * left out.
     * @return a new map
     * @throws InvalidRoomTokenRequestException naming the permission that list gives no form
     */
    Map<String, Object> abbreviated() {
        Map<String, Object> abbreviated = new LinkedHashMap<>();
        putIfSet(abbreviated, "hp", this.hasPresence);
        putIfSet(abbreviated, "cs", abbreviatedCanSend());
        putIfSet(abbreviated, "cr", abbreviatedCanReceive());
        if (this.canAdmin != null) {
            throw notAbbreviated("permissions.canAdmin", "cannot be self-signed: this client writes no "
                    + "abbreviated form for canAdmin");
        }
        return abbreviated;
    }

    private @Nullable Object abbreviatedCanSend() {
        if (this.canSendKinds == null) {
            return this.canSendAll;
        }
        if (this.canSendKinds.isEmpty()) {
            throw notAbbreviated("permissions.canSend", "cannot be self-signed as an empty list: Daily's "
                    + "permissions abbreviations give it no form; canSend(false) means the same");
        }
        List<String> letters = new ArrayList<>();
        for (DailyMediaType kind : this.canSendKinds) {
            String letter = kind.abbreviation();
            if (letter == null) {
                throw notAbbreviated("permissions.canSend", "cannot be self-signed with " + kind.wireValue()
                        + ": Daily's permissions abbreviations give it no letters");
            }
            letters.add(letter);
        }
        return String.join(",", letters);
    }

    private @Nullable Object abbreviatedCanReceive() {
        if (this.canReceive == null) {
            return null;
        }
        if (this.canReceive.size() != 1 || !(this.canReceive.get("base") instanceof Boolean base)) {
            throw notAbbreviated("permissions.canReceive", "can be self-signed only as {base: true} or "
                    + "{base: false}: this client writes no abbreviated form for the rest");
        }
        return Map.of("b", base);
    }

    private static InvalidRoomTokenRequestException notAbbreviated(String field, String rule) {
        return new InvalidRoomTokenRequestException(field, rule + "; leave it out or use REST mode");
    }

    private static void putIfSet(Map<String, Object> wire, String name, @Nullable Object value) {
        if (value != null) {
            wire.put(name, value);
        }
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DailyPermissions that && Objects.equals(this.hasPresence, that.hasPresence)
                && Objects.equals(this.canSendAll, that.canSendAll) && Objects.equals(this.canSendKinds, that.canSendKinds)
                && Objects.equals(this.canReceive, that.canReceive)
                && Objects.equals(this.canAdmin, that.canAdmin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.hasPresence, this.canSendAll, this.canSendKinds, this.canReceive, this.canAdmin);
    }

    @Override
    public String toString() {
        return "DailyPermissions" + wire();
    }

    /**
     * Builds {@link DailyPermissions}. Not thread-safe; the permissions it builds are.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private @Nullable Boolean hasPresence;

        private @Nullable Boolean canSendAll;

        private @Nullable List<DailyMediaType> canSendKinds;

        private @Nullable Map<String, Object> canReceive;

        private @Nullable Object canAdmin;

        private Builder() {
        }

        /**
         * Sets whether the participant appears as present in the call ({@code hasPresence}).
         * @param hasPresence the choice
         * @return this builder
         */
        public Builder hasPresence(@Nullable Boolean hasPresence) {
            this.hasPresence = hasPresence;
            return this;
        }

        /**
         * Lets the participant send all kinds of media, or none ({@code canSend} {@code true} or
         * {@code false}).
         * @param all {@code true} for all, {@code false} for none
         * @return this builder
         */
        public Builder canSend(boolean all) {
            this.canSendAll = all;
            this.canSendKinds = null;
            return this;
        }

        /**
         * Lets the participant send these kinds of media only ({@code canSend} as a list).
         * @param kinds the kinds, none for an empty list
         * @return this builder
         */
        public Builder canSend(DailyMediaType... kinds) {
            Set<DailyMediaType> distinct = new LinkedHashSet<>();
            for (DailyMediaType kind : kinds) {
                distinct.add(Objects.requireNonNull(kind, "kind"));
            }
            this.canSendKinds = List.copyOf(distinct);
            this.canSendAll = null;
            return this;
        }

        /**
         * Sets what the participant may receive ({@code canReceive}), as daily-js documents the
         * object: its keys are {@code base}, {@code byUserId} and {@code byParticipantId}.
         * @param canReceive the object, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder canReceive(@Nullable Map<String, ?> canReceive) {
            this.canReceive = (canReceive != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(canReceive))
                    : null;
            return this;
        }

        /**
         * Lets the participant do all admin tasks, or none ({@code canAdmin} {@code true} or
         * {@code false}).
         * @param all {@code true} for all, {@code false} for none
         * @return this builder
         */
        public Builder canAdmin(boolean all) {
            this.canAdmin = all;
            return this;
        }

        /**
         * Lets the participant do these admin tasks only ({@code canAdmin} as a list).
         * @param tasks the tasks, none for an empty list
         * @return this builder
         */
        public Builder canAdmin(DailyAdminTask... tasks) {
            Set<String> values = new LinkedHashSet<>();
            for (DailyAdminTask task : tasks) {
                values.add(Objects.requireNonNull(task, "task").wireValue());
            }
            this.canAdmin = List.copyOf(values);
            return this;
        }

        /**
         * Builds the permissions.
         * @return the immutable permissions
         * @throws InvalidRoomTokenRequestException if {@code canReceive} has a key daily-js does
         * not document or cannot be written as JSON
         */
        public DailyPermissions build() {
            if (this.canReceive != null) {
                List<String> unknown = new ArrayList<>(this.canReceive.keySet());
                unknown.removeAll(CAN_RECEIVE_KEYS);
                if (!unknown.isEmpty()) {
                    throw new InvalidRoomTokenRequestException("permissions.canReceive",
                            "must have only the keys base, byUserId and byParticipantId, found " + unknown);
                }
                try {
                    WireJson.mapper().writeValueAsBytes(this.canReceive);
                }
                catch (JacksonException ex) {
                    throw new InvalidRoomTokenRequestException("permissions.canReceive",
                            "must be serializable as a JSON object");
                }
            }
            return new DailyPermissions(this);
        }
    }
}
