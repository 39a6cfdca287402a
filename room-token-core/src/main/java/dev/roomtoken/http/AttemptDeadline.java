package dev.roomtoken.http;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The point in time by which the attempt running on this thread must end, when a retry budget
 * sets one. {@code RoomTokenTemplate} sets it around each attempt; the provider request factories
 * read it when they send, so that an attempt that starts late gets only what is left of the
 * budget instead of a whole read timeout.
 *
 * @since 0.1.0
 */
public final class AttemptDeadline {

    private static final ThreadLocal<@Nullable Long> DEADLINE = new ThreadLocal<>();

    private AttemptDeadline() {
    }

    /**
     * Runs one attempt that must end by the given time.
     * @param deadlineNanos the end of the budget, in {@link System#nanoTime()} terms
     * @param attempt the attempt
     * @param <T> what the attempt returns
     * @return what the attempt returned
     */
    public static <T> T within(long deadlineNanos, Supplier<T> attempt) {
        Long outer = DEADLINE.get();
        DEADLINE.set(deadlineNanos);
        try {
            return attempt.get();
        }
        finally {
            if (outer != null) {
                DEADLINE.set(outer);
            }
            else {
                DEADLINE.remove();
            }
        }
    }

    /**
     * How long the attempt on this thread may take in all: the read timeout, or what is left of
     * the budget if that is less.
     * @param readTimeout the longest any attempt takes
     * @return the time allowed, zero when the budget is spent
     */
    static Duration allowed(Duration readTimeout) {
        Long deadline = DEADLINE.get();
        if (deadline == null) {
            return readTimeout;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return Duration.ZERO;
        }
        Duration leftOver = Duration.ofNanos(left);
        return (leftOver.compareTo(readTimeout) < 0) ? leftOver : readTimeout;
    }

    /**
     * A duration in nanoseconds, {@link Long#MAX_VALUE} for one too long to count so.
     * @param duration the duration
     * @return its nanoseconds, saturated
     */
    static long nanos(Duration duration) {
        try {
            return duration.toNanos();
        }
        catch (ArithmeticException ex) {
            return Long.MAX_VALUE;
        }
    }
}
