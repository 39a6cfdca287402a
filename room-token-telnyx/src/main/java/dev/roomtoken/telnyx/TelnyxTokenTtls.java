package dev.roomtoken.telnyx;

import java.time.Duration;

import dev.roomtoken.InvalidRoomTokenRequestException;

/**
 * Telnyx's bounds on the two time-to-live values, in whole seconds.
 *
 * @since 0.1.0
 */
public final class TelnyxTokenTtls {

    /** The shortest client token ttl Telnyx takes. */
    public static final Duration MIN_TOKEN_TTL = Duration.ofSeconds(10);

    /** The longest client token ttl Telnyx takes. */
    public static final Duration MAX_TOKEN_TTL = Duration.ofSeconds(3600);

    /** Telnyx's default client token ttl. */
    public static final Duration DEFAULT_TOKEN_TTL = Duration.ofSeconds(600);

    /** The shortest refresh token ttl Telnyx takes. */
    public static final Duration MIN_REFRESH_TOKEN_TTL = Duration.ofSeconds(60);

    /** The longest refresh token ttl Telnyx takes. */
    public static final Duration MAX_REFRESH_TOKEN_TTL = Duration.ofSeconds(86400);

    /** Telnyx's default refresh token ttl. */
    public static final Duration DEFAULT_REFRESH_TOKEN_TTL = Duration.ofSeconds(3600);

    private TelnyxTokenTtls() {
    }

    /**
     * Checks a client token ttl and converts it to whole seconds.
     * @param field the field to name in the error
     * @param ttl the ttl
     * @return the seconds to send
     * @throws InvalidRoomTokenRequestException if the ttl is not a whole number of seconds from
     * 10 to 3600
     */
    public static int tokenTtlSeconds(String field, Duration ttl) {
        return seconds(field, ttl, MIN_TOKEN_TTL, MAX_TOKEN_TTL);
    }

    /**
     * Checks a refresh token ttl and converts it to whole seconds.
     * @param field the field to name in the error
     * @param ttl the ttl
     * @return the seconds to send
     * @throws InvalidRoomTokenRequestException if the ttl is not a whole number of seconds from
     * 60 to 86400
     */
    public static int refreshTokenTtlSeconds(String field, Duration ttl) {
        return seconds(field, ttl, MIN_REFRESH_TOKEN_TTL, MAX_REFRESH_TOKEN_TTL);
    }

    private static int seconds(String field, Duration ttl, Duration min, Duration max) {
        if (ttl.compareTo(min) < 0 || ttl.compareTo(max) > 0 || ttl.toNanosPart() != 0) {
            throw new InvalidRoomTokenRequestException(field, "must be a whole number of seconds from "
                    + min.toSeconds() + " to " + max.toSeconds() + " (Telnyx's bounds), was " + ttl);
        }
        return (int) ttl.toSeconds();
    }
}
