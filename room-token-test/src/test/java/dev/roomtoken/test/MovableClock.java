package dev.roomtoken.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves on by hand. Shared through this module's test-jar.
 */
public final class MovableClock extends Clock {

    private volatile Instant now;

    /**
     * A clock standing at an instant.
     * @param now where it stands
     */
    public MovableClock(Instant now) {
        this.now = now;
    }

    /**
     * Moves the clock on.
     * @param duration how far
     */
    public void advance(Duration duration) {
        this.now = this.now.plus(duration);
    }

    @Override
    public Instant instant() {
        return this.now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
