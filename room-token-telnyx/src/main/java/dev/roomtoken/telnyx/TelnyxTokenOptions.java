package dev.roomtoken.telnyx;

import java.time.Duration;

import dev.roomtoken.RoomTokenOptions;
import org.jspecify.annotations.Nullable;

/**
 * The Telnyx room client token field that is not portable: how long the refresh token lives. The
 * client token's own ttl is the request's portable {@code ttl}.
 *
 * @param refreshTokenTtl how long the refresh token can refresh the client token, 60 s to
 * 86400 s; {@code null} for the configured default
 *
 * @since 0.1.0
 */
public record TelnyxTokenOptions(@Nullable Duration refreshTokenTtl) implements RoomTokenOptions {

    /**
     * Checks the refresh token ttl against Telnyx's bounds.
     * @param refreshTokenTtl how long the refresh token can refresh the client token, 60 s to
     * 86400 s; {@code null} for the configured default
     * @throws dev.roomtoken.InvalidRoomTokenRequestException if it is out of bounds
     */
    public TelnyxTokenOptions {
        if (refreshTokenTtl != null) {
            TelnyxTokenTtls.refreshTokenTtlSeconds("refreshTokenTtl", refreshTokenTtl);
        }
    }

    /**
     * Options with the given refresh token ttl.
     * @param refreshTokenTtl 60 s to 86400 s
     * @return the options
     */
    public static TelnyxTokenOptions refreshTokenTtl(Duration refreshTokenTtl) {
        return new TelnyxTokenOptions(refreshTokenTtl);
    }
}
