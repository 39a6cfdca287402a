package dev.roomtoken;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A token minted by a provider, to hand to the client that joins the room. Its
 * {@link #toString()} never prints the token or the refresh token.
 *
 * @param provider the provider that issued the token, for example {@code signalwire}
 * @param room the room the token is for
 * @param token the token to give the client
 * @param expiresAt when the token stops letting its holder join, where the provider says so
 * @param refreshToken a token to mint a fresh token with, where the provider issues one
 * @param refreshTokenExpiresAt when the refresh token expires, where the provider says so
 */
public record RoomToken(String provider, String room, String token, @Nullable Instant expiresAt,
        @Nullable String refreshToken, @Nullable Instant refreshTokenExpiresAt) {

    /**
     * Creates a token, checking that the fields every provider fills are present.
     */
    public RoomToken {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "RoomToken[provider=" + this.provider + ", room=" + this.room + ", token=" + Secrets.MASK
                + ", expiresAt=" + this.expiresAt + ", refreshToken="
                + ((this.refreshToken != null) ? Secrets.MASK : null) + ", refreshTokenExpiresAt="
                + this.refreshTokenExpiresAt + "]";
    }
}
