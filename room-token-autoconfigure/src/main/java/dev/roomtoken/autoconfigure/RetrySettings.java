package dev.roomtoken.autoconfigure;

import java.time.Duration;

import org.springframework.core.retry.RetryPolicy;

/**
 * Turns {@code roomtoken.retry.*} into Spring Framework's {@link RetryPolicy}, naming the
 * property when a value is out of range.
 */
final class RetrySettings {

    private static final String PREFIX = "roomtoken.retry.";

    private RetrySettings() {
    }

    static RetryPolicy policy(RoomTokenProperties.Retry retry) {
        if (retry.getMaxRetries() < 0) {
            throw new RoomTokenConfigurationException(PREFIX + "max-retries", "is negative (" + retry.getMaxRetries() + ")",
                    "Set " + PREFIX + "max-retries to 0 or more (0 sends each request once), or "
                            + PREFIX + "enabled=false.");
        }
        nonNegative("delay", retry.getDelay());
        nonNegative("jitter", retry.getJitter());
        nonNegative("timeout", retry.getTimeout());
        positive("max-delay", retry.getMaxDelay());
        if (retry.getMultiplier() < 1) {
            throw new RoomTokenConfigurationException(PREFIX + "multiplier", "is below 1 (" + retry.getMultiplier() + ")",
                    "Set " + PREFIX + "multiplier to 1 (a fixed delay) or more.");
        }
        if (retry.getJitter().compareTo(retry.getDelay()) > 0) {
            throw new RoomTokenConfigurationException(PREFIX + "jitter", "is longer than " + PREFIX + "delay",
                    "Set " + PREFIX + "jitter to at most " + PREFIX + "delay.");
        }
        if (retry.getMaxDelay().compareTo(retry.getDelay()) < 0) {
            throw new RoomTokenConfigurationException(PREFIX + "max-delay", "is shorter than " + PREFIX + "delay",
                    "Set " + PREFIX + "max-delay to at least " + PREFIX + "delay.");
        }
        return RetryPolicy.builder()
            .maxRetries(retry.isEnabled() ? retry.getMaxRetries() : 0)
            .delay(retry.getDelay())
            .multiplier(retry.getMultiplier())
            .maxDelay(retry.getMaxDelay())
            .jitter(retry.getJitter())
            .timeout(retry.getTimeout())
            .build();
    }

    private static void nonNegative(String property, Duration value) {
        if (value.isNegative()) {
            throw new RoomTokenConfigurationException(PREFIX + property, "is negative (" + value + ")",
                    "Set " + PREFIX + property + " to zero or more, for example 200ms.");
        }
    }

    private static void positive(String property, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new RoomTokenConfigurationException(PREFIX + property, "is not positive (" + value + ")",
                    "Set " + PREFIX + property + " to a positive duration, for example 5s.");
        }
    }
}
