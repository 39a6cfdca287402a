package dev.roomtoken.autoconfigure;

import java.time.Duration;

/**
 * Writes a duration the way a user writes it in {@code application.yml}: {@code 5s},
 * {@code 250ms}, {@code -1s}, so that a message shows the value as it was set.
 */
final class DurationText {

    private DurationText() {
    }

    static String of(Duration duration) {
        if (duration.getNano() % 1_000_000 != 0) {
            return duration.toString();
        }
        long millis = duration.toMillis();
        return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
    }
}
