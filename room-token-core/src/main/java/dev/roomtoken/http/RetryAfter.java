package dev.roomtoken.http;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Reads the {@code Retry-After} header in both of its forms, delta-seconds ({@code 120}) and an
 * HTTP-date ({@code Wed, 21 Oct 2015 07:28:00 GMT}), whatever a provider puts there: a value
 * that is neither form (negative, fractional, garbage) counts as absent, a date in the past as
 * zero, and anything longer than {@link #MAX} as {@link #MAX}, so no later arithmetic overflows.
 *
 * @since 0.1.0
 */
public final class RetryAfter {

    /** The longest wait read from a provider: one day. */
    public static final Duration MAX = Duration.ofDays(1);

    private static final int MAX_DIGITS = 18;

    private RetryAfter() {
    }

    /**
     * The wait a response asks for.
     * @param headers the response headers
     * @param clock the clock an HTTP-date is measured from
     * @return the wait, from zero to {@link #MAX}, or {@code null} if the header is absent or
     * unreadable
     */
    public static @Nullable Duration of(HttpHeaders headers, Clock clock) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.chars().allMatch((c) -> c >= '0' && c <= '9')) {
            return (trimmed.length() > MAX_DIGITS) ? MAX : bounded(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return wait.isNegative() ? Duration.ZERO : bounded(wait);
        }
        catch (DateTimeException | ArithmeticException ex) {
            return null;
        }
    }

    private static Duration bounded(Duration wait) {
        return (wait.compareTo(MAX) > 0) ? MAX : wait;
    }
}
