package dev.roomtoken.zoom;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed clock that counts how often it is read: the issuer reads it only when it signs, so a
 * count of zero proves that nothing was signed.
 */
final class CountingClock extends Clock {

    private final Instant now;

    private final AtomicInteger reads = new AtomicInteger();

    CountingClock(Instant now) {
        this.now = now;
    }

    int reads() {
        return this.reads.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        this.reads.incrementAndGet();
        return this.now;
    }
}
