package dev.roomtoken.autoconfigure;

import java.time.Duration;

import org.springframework.core.retry.RetryPolicy;

/**
 * Turns {@code roomtoken.retry.*} into Spring Framework's {@link RetryPolicy}, naming the
 * property and the values compared when a value is out of range. An unset jitter is half the
 * delay. With {@code enabled=false} each request is sent once and the rules about retries
 * (max-retries, delay, jitter, multiplier, max-delay) do not apply.
 */
final class RetryPolicyMapper {

    private static final String PREFIX = "roomtoken.retry.";

    private RetryPolicyMapper() {
    }

    static RetryPolicy policy(RoomTokenProperties.Retry retry) {
        nonNegative("timeout", retry.getTimeout(), "10s");
        if (!retry.isEnabled()) {
            return RetryPolicy.builder().maxRetries(0).timeout(retry.getTimeout()).build();
        }
        Duration jitter = jitter(retry);
        checkRetries(retry, jitter);
        return RetryPolicy.builder()
            .maxRetries(retry.getMaxRetries())
            .delay(retry.getDelay())
            .multiplier(retry.getMultiplier())
            .maxDelay(retry.getMaxDelay())
            .jitter(jitter)
            .timeout(retry.getTimeout())
            .build();
    }

    /**
     * The jitter that applies: the one set, or half the delay, so that it never outgrows a delay
     * that was lowered alone.
     */
    static Duration jitter(RoomTokenProperties.Retry retry) {
        Duration jitter = retry.getJitter();
        return (jitter != null) ? jitter : retry.getDelay().dividedBy(2);
    }

    private static void checkRetries(RoomTokenProperties.Retry retry, Duration jitter) {
        if (retry.getMaxRetries() < 0) {
            throw new RoomTokenConfigurationException(PREFIX + "max-retries", "is negative (" + retry.getMaxRetries() + ")",
                    "Set " + PREFIX + "max-retries to 0 or more (0 sends each request once), or "
                            + PREFIX + "enabled=false.");
        }
        nonNegative("delay", retry.getDelay(), "200ms");
        nonNegative("jitter", jitter, "100ms");
        positive("max-delay", retry.getMaxDelay(), "5s");
        if (retry.getMultiplier() < 1) {
            throw new RoomTokenConfigurationException(PREFIX + "multiplier", "is below 1 (" + retry.getMultiplier() + ")",
                    "Set " + PREFIX + "multiplier to 1 (a fixed delay) or more.");
        }
        if (jitter.compareTo(retry.getDelay()) > 0) {
            throw new RoomTokenConfigurationException(PREFIX + "jitter",
                    compared(jitter, "is longer than", "delay", retry.getDelay()),
                    "Set " + PREFIX + "jitter to at most " + PREFIX + "delay (" + DurationText.of(retry.getDelay())
                            + "), or leave it out to use half the delay.");
        }
        if (retry.getMaxDelay().compareTo(retry.getDelay()) < 0) {
            throw new RoomTokenConfigurationException(PREFIX + "max-delay",
                    compared(retry.getMaxDelay(), "is shorter than", "delay", retry.getDelay()),
                    "Set " + PREFIX + "max-delay to at least " + PREFIX + "delay ("
                            + DurationText.of(retry.getDelay()) + ").");
        }
    }

    private static String compared(Duration value, String relation, String other, Duration otherValue) {
        return "(" + DurationText.of(value) + ") " + relation + " " + PREFIX + other + " ("
                + DurationText.of(otherValue) + ")";
    }

    private static void nonNegative(String property, Duration value, String example) {
        if (value.isNegative()) {
            throw new RoomTokenConfigurationException(PREFIX + property, "is negative (" + DurationText.of(value) + ")",
                    "Set " + PREFIX + property + " to zero or more, for example " + example + ".");
        }
    }

    private static void positive(String property, Duration value, String example) {
        if (value.isNegative() || value.isZero()) {
            throw new RoomTokenConfigurationException(PREFIX + property,
                    "is not positive (" + DurationText.of(value) + ")",
                    "Set " + PREFIX + property + " to a positive duration, for example " + example + ".");
        }
    }
}
