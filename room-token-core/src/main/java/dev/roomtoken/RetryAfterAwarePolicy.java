package dev.roomtoken;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * One call's view of the configured {@link RetryPolicy}: it retries only failures that say a
 * retry could help, waits at least as long as a {@code Retry-After} asks, and stops at once when
 * that wait would not fit in the remaining time budget. Created per call, since it remembers the
 * call's last failure; the configured policy it wraps is shared.
 */
final class RetryAfterAwarePolicy implements RetryPolicy {

    private final RetryPolicy configured;

    private final long startNanos = System.nanoTime();

    private @Nullable Duration lastRetryAfter;

    private boolean retryAfterBeyondBudget;

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

    @Override
    public BackOff getBackOff() {
        BackOff configuredBackOff = this.configured.getBackOff();
        return () -> {
            BackOffExecution execution = configuredBackOff.start();
            return () -> nextBackOff(execution.nextBackOff());
        };
    }

    private long nextBackOff(long configuredWait) {
        if (configuredWait == BackOffExecution.STOP) {
            return BackOffExecution.STOP;
        }
        long wait = (this.lastRetryAfter != null) ? Math.max(configuredWait, this.lastRetryAfter.toMillis())
                : configuredWait;
        long budget = getTimeout().toMillis();
        long elapsed = Duration.ofNanos(System.nanoTime() - this.startNanos).toMillis();
        if (this.lastRetryAfter != null && budget > 0 && elapsed + wait >= budget) {
            this.retryAfterBeyondBudget = true;
            return BackOffExecution.STOP;
        }
        return wait;
    }

    /**
     * Whether the retries ended because the provider asked for a wait longer than the budget left.
     */
    boolean endedByRetryAfter() {
        return this.retryAfterBeyondBudget;
    }
}
