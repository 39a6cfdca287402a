package dev.roomtoken;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An immutable request for a room token: the room, the portable fields every provider
 * understands, and optional provider-specific {@link RoomTokenOptions}.
 *
 * <pre>{@code
 * RoomTokenRequest.forRoom("standup").userName("alice").ttl(Duration.ofMinutes(30)).build();
 * }</pre>
 *
 * Rules that hold for every provider are checked when the request is built; the rules of one
 * provider (the shape of a room name, the length of a user name) are checked by that provider's
 * client before anything is sent.
 */
public final class RoomTokenRequest {

    private final String room;

    private final @Nullable String userName;

    private final @Nullable Duration ttl;

    private final @Nullable RoomTokenOptions options;

    private RoomTokenRequest(Builder builder) {
        this.room = builder.room;
        this.userName = builder.userName;
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
     * The display name of the user who joins with the token.
     * @return the user name, or {@code null} to let the provider choose
     */
    public @Nullable String userName() {
        return this.userName;
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
        return "RoomTokenRequest[room=" + this.room + ", userName=" + this.userName + ", ttl=" + this.ttl
                + ", options=" + this.options + "]";
    }

    /**
     * Builds a {@link RoomTokenRequest}. Not thread-safe; the request it builds is.
     */
    public static final class Builder {

        private final String room;

        private @Nullable String userName;

        private @Nullable Duration ttl;

        private @Nullable RoomTokenOptions options;

        private Builder(String room) {
            this.room = room;
        }

        /**
         * Sets the display name of the user who joins with the token.
         * @param userName a non-blank name
         * @return this builder
         */
        public Builder userName(@Nullable String userName) {
            this.userName = userName;
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
         * @throws InvalidRoomTokenRequestException if the room is blank, the user name is blank
         * or the ttl is not positive
         */
        public RoomTokenRequest build() {
            if (this.room == null || this.room.isBlank()) {
                throw new InvalidRoomTokenRequestException("room", "must not be blank");
            }
            if (this.userName != null && this.userName.isBlank()) {
                throw new InvalidRoomTokenRequestException("userName", "must not be blank when set");
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
                && Objects.equals(this.userName, that.userName) && Objects.equals(this.ttl, that.ttl)
                && Objects.equals(this.options, that.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.room, this.userName, this.ttl, this.options);
    }
}
