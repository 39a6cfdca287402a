package dev.roomtoken.agora;

import java.time.Duration;

import dev.roomtoken.InvalidRoomTokenRequestException;

/**
 * Agora's bounds on a token's and a privilege's expiry: a whole number of seconds after the issue
 * time, at least one, at most 24 hours.
 */
final class AgoraExpiry {

    /** The shortest expiry a token or privilege takes. */
    static final Duration MIN = Duration.ofSeconds(1);

    /** The longest expiry a token or privilege takes: Agora's 24 hours. */
    static final Duration MAX = Duration.ofHours(24);

    private AgoraExpiry() {
    }

    /**
     * Whether a duration is an expiry Agora takes.
     * @param duration the duration
     * @return whether it is a whole number of seconds from 1 to 86400
     */
    static boolean isValid(Duration duration) {
        return duration.compareTo(MIN) >= 0 && duration.compareTo(MAX) <= 0 && duration.toNanosPart() == 0;
    }

    /**
     * The rule a duration breaks when {@link #isValid(Duration)} is false.
     * @param duration the duration
     * @return the rule, worded to follow a field's name
     */
    static String rule(Duration duration) {
        return "must be a whole number of seconds from 1 to 86400 (Agora's 24 hour limit), was " + duration;
    }

    /**
     * Checks a request's expiry and converts it to the token's seconds.
     * @param field the field to name if it breaks the rule
     * @param duration the duration
     * @return its seconds
     * @throws InvalidRoomTokenRequestException if it is out of Agora's bounds
     */
    static int seconds(String field, Duration duration) {
        if (!isValid(duration)) {
            throw new InvalidRoomTokenRequestException(field, rule(duration));
        }
        return (int) duration.getSeconds();
    }
}
