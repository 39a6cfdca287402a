package dev.roomtoken.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Reads the {@code Retry-After} header in both of its forms: delta-seconds ({@code 120}) and an
 * HTTP-date ({@code Wed, 21 Oct 2015 07:28:00 GMT}).
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * The wait a response asks for.
     * @param headers the response headers
     * @param clock the clock an HTTP-date is measured from
     * @return the wait, zero for a date in the past, or {@code null} if the header is absent or
     * unreadable
     */
    public static @Nullable Duration of(HttpHeaders headers, Clock clock) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(trimmed));
            }
            catch (NumberFormatException ex) {
                return null;
            }
        }
        try {
            Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }
}
