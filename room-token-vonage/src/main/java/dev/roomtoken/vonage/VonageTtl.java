package dev.roomtoken.vonage;

import java.time.Duration;

import dev.roomtoken.InvalidRoomTokenRequestException;

/**
 * Vonage's bounds on a token's life: a whole number of seconds after its issue time, at least one,
 * at most 30 days.
 */
final class VonageTtl {

    static final Duration MIN = Duration.ofSeconds(1);

    static final Duration MAX = Duration.ofDays(30);

    private VonageTtl() {
    }

    static boolean isValid(Duration ttl) {
        return ttl.compareTo(MIN) >= 0 && ttl.compareTo(MAX) <= 0 && ttl.toNanosPart() == 0;
    }

    static String rule(Duration ttl) {
        return "must be a whole number of seconds from 1 to 2592000 (Vonage's 30 days), was " + ttl;
    }

    /**
     * Checks a request's ttl and converts it to seconds.
     * @param field the field to name if it breaks the rule
     * @param ttl the ttl
     * @return its seconds
     * @throws InvalidRoomTokenRequestException if it is out of Vonage's bounds
     */
    static long seconds(String field, Duration ttl) {
        if (!isValid(ttl)) {
            throw new InvalidRoomTokenRequestException(field, rule(ttl));
        }
        return ttl.getSeconds();
    }
}
