package dev.roomtoken;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * One call's view of the configured {@link RetryPolicy}: it retries only failures that say a
 * retry could help (and that the policy's own rules accept), and waits at least as long as a
 * {@code Retry-After} asks, but never longer than what is left of the policy's timeout or, for a
 * policy without one, than its longest delay: a longer {@code Retry-After} ends the retries at
 * once. Created per call, since it remembers the call's start and last failure; the configured
 * policy it wraps is shared.
 */
final class RetryAfterAwarePolicy implements RetryPolicy {

    private final RetryPolicy configured;

    private final long startNanos = System.nanoTime();

    private @Nullable Duration lastRetryAfter;

    private @Nullable String retryAfterTooLong;

    RetryAfterAwarePolicy(RetryPolicy configured) {
        this.configured = configured;
    }

    @Override
    public boolean shouldRetry(Throwable failure) {
        if (!(failure instanceof RoomTokenException roomTokenFailure) || !roomTokenFailure.isRetryable()) {
            return false;
        }
        this.lastRetryAfter = roomTokenFailure.retryAfter();
        return this.configured.shouldRetry(failure);
    }

    @Override
    public Duration getTimeout() {
        return this.configured.getTimeout();
    }

    /**
     * When the call's budget ends, in {@link System#nanoTime()} terms.
     * @return the deadline, or {@code null} for a policy without a timeout
     */
    @Nullable Long deadlineNanos() {
        Duration timeout = getTimeout();
        if (timeout.isZero() || timeout.isNegative()) {
            return null;
        }
        try {
            return this.startNanos + timeout.toNanos();
        }
        catch (ArithmeticException ex) {
            return null;
        }
    }

    @Override
    public BackOff getBackOff() {
        BackOff configuredBackOff = this.configured.getBackOff();
        long longestWait = longestWait(configuredBackOff);
        return () -> {
            BackOffExecution execution = configuredBackOff.start();
            return () -> nextBackOff(execution.nextBackOff(), longestWait);
        };
    }

    private long nextBackOff(long configuredWait, long longestWait) {
        if (configuredWait == BackOffExecution.STOP || this.lastRetryAfter == null) {
            return configuredWait;
        }
        long asked = millis(this.lastRetryAfter);
        long wait = Math.max(configuredWait, asked);
        long budget = getTimeout().toMillis();
        if (budget > 0) {
            long elapsed = (System.nanoTime() - this.startNanos) / 1_000_000;
            if (wait >= budget - elapsed) {
                this.retryAfterTooLong = "longer than the retry budget left";
                return BackOffExecution.STOP;
            }
        }
        else if (wait > Math.max(configuredWait, longestWait)) {
            this.retryAfterTooLong = "longer than the longest retry delay";
            return BackOffExecution.STOP;
        }
        return wait;
    }

    private static long millis(Duration duration) {
        try {
            return duration.toMillis();
        }
        catch (ArithmeticException ex) {
            return Long.MAX_VALUE;
        }
    }

    /** The longest wait the configured back-off ever asks for, or 0 where that is unknown. */
    private static long longestWait(BackOff backOff) {
        if (backOff instanceof ExponentialBackOff exponential) {
            return exponential.getMaxInterval();
        }
        if (backOff instanceof FixedBackOff fixed) {
            return fixed.getInterval();
        }
        return 0;
    }

    /**
     * Why the retries ended on a provider's {@code Retry-After}, if they did.
     * @return for example {@code "longer than the retry budget left"}, or {@code null}
     */
    @Nullable String retryAfterTooLong() {
        return this.retryAfterTooLong;
    }
}
