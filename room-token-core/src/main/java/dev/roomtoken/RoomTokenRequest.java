package dev.roomtoken;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An immutable request for a room token: the room, the portable fields every provider
 * understands, and optional provider-specific {@link RoomTokenOptions}.
 *
 * <pre>{@code
 * RoomTokenRequest.forRoom("standup").identity("u-42").displayName("Alice").ttl(Duration.ofMinutes(30)).build();
 * }</pre>
 *
 * The portable fields mean the same with every provider: {@code identity} is who the user is
 * (stable and unique, what LiveKit, Twilio and Zoom require), {@code displayName} what others see.
 * A provider that cannot carry one leaves it out and says so in its documentation; it never turns
 * it into something else. Rules that hold for every provider are checked when the request is
 * built; the rules of one provider (the shape of a room name, the length of a name) are checked by
 * that provider's issuer before anything is sent or signed.
 *
 * @since 0.1.0
 */
public final class RoomTokenRequest {

    private final String room;

    private final @Nullable String identity;

    private final @Nullable String displayName;

    private final @Nullable Duration ttl;

    private final @Nullable RoomTokenOptions options;

    private RoomTokenRequest(Builder builder) {
        this.room = builder.room;
        this.identity = builder.identity;
        this.displayName = builder.displayName;
        this.ttl = builder.ttl;
        this.options = builder.options;
    }

    /**
     * Starts a request for the given room.
     * @param room the provider's identifier of the room: a room name for SignalWire, the room's
     * UUID for Telnyx
     * @return a builder
     */
    public static Builder forRoom(String room) {
        return new Builder(room);
    }

    /**
     * The room the token is for.
     * @return the room identifier
     */
    public String room() {
        return this.room;
    }

    /**
     * Who the user that joins with the token is: a stable, unique id of your application's, such
     * as a user id.
     * @return the identity, or {@code null} for none
     */
    public @Nullable String identity() {
        return this.identity;
    }

    /**
     * What other participants see as the user's name.
     * @return the display name, or {@code null} to let the provider or the client choose
     */
    public @Nullable String displayName() {
        return this.displayName;
    }

    /**
     * How long the token lets its holder join.
     * @return the time to live, or {@code null} for the configured default
     */
    public @Nullable Duration ttl() {
        return this.ttl;
    }

    /**
     * Provider-specific options that override the configured defaults.
     * @return the options, or {@code null} for none
     */
    public @Nullable RoomTokenOptions options() {
        return this.options;
    }

    @Override
    public String toString() {
        return "RoomTokenRequest[room=" + this.room + ", identity=" + this.identity + ", displayName="
                + this.displayName + ", ttl=" + this.ttl + ", options=" + this.options + "]";
    }

    /**
     * Builds a {@link RoomTokenRequest}. Not thread-safe; the request it builds is.
     */
    public static final class Builder {

        private final String room;

        private @Nullable String identity;

        private @Nullable String displayName;

        private @Nullable Duration ttl;

        private @Nullable RoomTokenOptions options;

        private Builder(String room) {
            this.room = room;
        }

        /**
         * Sets who the user that joins with the token is.
         * @param identity a non-blank, stable and unique id, such as your application's user id
         * @return this builder
         */
        public Builder identity(@Nullable String identity) {
            this.identity = identity;
            return this;
        }

        /**
         * Sets what other participants see as the user's name.
         * @param displayName a non-blank name
         * @return this builder
         */
        public Builder displayName(@Nullable String displayName) {
            this.displayName = displayName;
            return this;
        }

        /**
         * Sets how long the token lets its holder join.
         * @param ttl a positive duration
         * @return this builder
         */
        public Builder ttl(@Nullable Duration ttl) {
            this.ttl = ttl;
            return this;
        }

        /**
         * Sets provider-specific options; fields left unset keep the configured defaults.
         * @param options the options of the provider the template talks to
         * @return this builder
         */
        public Builder options(@Nullable RoomTokenOptions options) {
            this.options = options;
            return this;
        }

        /**
         * Builds the request.
         * @return the immutable request
         * @throws InvalidRoomTokenRequestException if the room is blank, the identity or display
         * name is set but blank, or the ttl is not positive
         */
        public RoomTokenRequest build() {
            if (this.room == null || this.room.isBlank()) {
                throw new InvalidRoomTokenRequestException("room", "must not be blank");
            }
            if (this.identity != null && this.identity.isBlank()) {
                throw new InvalidRoomTokenRequestException("identity", "must not be blank when set");
            }
            if (this.displayName != null && this.displayName.isBlank()) {
                throw new InvalidRoomTokenRequestException("displayName", "must not be blank when set");
            }
            if (this.ttl != null && (this.ttl.isNegative() || this.ttl.isZero())) {
                throw new InvalidRoomTokenRequestException("ttl", "must be positive");
            }
            return new RoomTokenRequest(this);
        }
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RoomTokenRequest that && this.room.equals(that.room)
                && Objects.equals(this.identity, that.identity) && Objects.equals(this.displayName, that.displayName)
                && Objects.equals(this.ttl, that.ttl)
                && Objects.equals(this.options, that.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.room, this.identity, this.displayName, this.ttl, this.options);
    }
}
