package dev.roomtoken;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A token minted by a provider, with what a client needs besides it to join the room, so that a
 * front end gets one object. Its {@link #toString()} never prints the token or the refresh token.
 *
 * @param provider the provider that issued the token, for example {@code signalwire}
 * @param room the room the token is for
 * @param token the token to give the client
 * @param expiresAt when the token stops letting its holder join, where the provider says so
 * @param refreshToken a token to mint a fresh token with, where the provider issues one
 * @param refreshTokenExpiresAt when the refresh token expires, where the provider says so
 * @param join the join details a provider's client SDK needs besides the token, by name (for
 * example LiveKit's {@code serverUrl}, Agora's {@code appId} and {@code uid}); each provider
 * documents its names. Empty where the token is all a client needs (SignalWire, Telnyx). None of
 * them is a secret. Immutable, in the provider's order.
 * @since 0.1.0
 */
public record RoomToken(String provider, String room, String token, @Nullable Instant expiresAt,
        @Nullable String refreshToken, @Nullable Instant refreshTokenExpiresAt, Map<String, String> join) {

    /**
     * Creates a token, checking that the fields every provider fills are present.
     * @param provider the provider that issued the token
     * @param room the room the token is for
     * @param token the token to give the client
     * @param expiresAt when the token expires, where the provider says so
     * @param refreshToken a refresh token, where the provider issues one
     * @param refreshTokenExpiresAt when the refresh token expires, where the provider says so
     * @param join the join details a client SDK needs besides the token; copied
     */
    public RoomToken {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(join, "join");
        join.forEach((name, value) -> {
            Objects.requireNonNull(name, "join detail name");
            Objects.requireNonNull(value, () -> "join detail " + name);
        });
        join = join.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(join));
    }

    /**
     * Creates a token that needs no join details besides itself.
     * @param provider the provider that issued the token
     * @param room the room the token is for
     * @param token the token to give the client
     * @param expiresAt when the token expires, where the provider says so
     * @param refreshToken a refresh token, where the provider issues one
     * @param refreshTokenExpiresAt when the refresh token expires, where the provider says so
     */
    public RoomToken(String provider, String room, String token, @Nullable Instant expiresAt,
            @Nullable String refreshToken, @Nullable Instant refreshTokenExpiresAt) {
        this(provider, room, token, expiresAt, refreshToken, refreshTokenExpiresAt, Map.of());
    }

    @Override
    public String toString() {
        return "RoomToken[provider=" + this.provider + ", room=" + this.room + ", token=" + Secrets.MASK
                + ", expiresAt=" + this.expiresAt + ", refreshToken="
                + ((this.refreshToken != null) ? Secrets.MASK : null) + ", refreshTokenExpiresAt="
                + this.refreshTokenExpiresAt + ", join=" + this.join + "]";
    }
}
