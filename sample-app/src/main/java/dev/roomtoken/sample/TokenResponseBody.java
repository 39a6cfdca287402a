package dev.roomtoken.sample;

import java.time.Instant;
import java.util.Map;

import dev.roomtoken.RoomToken;
import org.jspecify.annotations.Nullable;

/**
 * The answer of the token endpoints; absent values are {@code null}.
 *
 * @param provider the provider that issued the token
 * @param room the room the token is for
 * @param token the token for the client
 * @param expiresAt when the token stops letting its holder join
 * @param refreshToken the refresh token, where the provider issues one
 * @param refreshTokenExpiresAt when the refresh token expires
 * @param join what the provider's client SDK needs besides the token, by name; empty for
 * providers whose token is all a client needs
 */
record TokenResponseBody(String provider, String room, String token, @Nullable Instant expiresAt,
        @Nullable String refreshToken, @Nullable Instant refreshTokenExpiresAt, Map<String, String> join) {

    static TokenResponseBody of(RoomToken token) {
        return new TokenResponseBody(token.provider(), token.room(), token.token(), token.expiresAt(),
                token.refreshToken(), token.refreshTokenExpiresAt(), token.join());
    }

    @Override
    public String toString() {
        return "TokenResponseBody[provider=" + this.provider + ", room=" + this.room + "]";
    }
}
