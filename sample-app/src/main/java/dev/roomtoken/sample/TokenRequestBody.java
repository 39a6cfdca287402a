package dev.roomtoken.sample;

import java.time.Duration;

import dev.roomtoken.InvalidRoomTokenRequestException;
import org.jspecify.annotations.Nullable;

/**
 * The optional body of {@code POST /api/rooms/{room}/tokens}.
 *
 * @param identity who the user is: a stable, unique id such as the application's user id
 * @param displayName what other participants see as the user's name
 * @param ttlSeconds how long the token lets its holder join, in seconds
 */
record TokenRequestBody(@Nullable String identity, @Nullable String displayName, @Nullable Long ttlSeconds) {

    static final TokenRequestBody EMPTY = new TokenRequestBody(null, null, null);

    @Nullable Duration ttl() {
        if (this.ttlSeconds == null) {
            return null;
        }
        if (this.ttlSeconds <= 0) {
            throw new InvalidRoomTokenRequestException("ttlSeconds", "must be a positive number of seconds");
        }
        return Duration.ofSeconds(this.ttlSeconds);
    }
}
