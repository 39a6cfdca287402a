package dev.roomtoken.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shape a provider's {@code Retry-After} comes in, read against a fixed clock: seconds and
 * HTTP-dates give the wait they say, up to a day; what is neither is no wait at all.
 */
class RetryAfterTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "Retry-After: {0}")
    @CsvSource({ "0, 0", "1, 1", "120, 120", "' 30 ', 30", "86399, 86399", "86400, 86400", "86401, 86400",
            "999999999999999999, 86400", "9223372036854775807, 86400", "99999999999999999999999, 86400" })
    void secondsAreTheWaitUpToADay(String value, long seconds) {
        assertThat(RetryAfter.of(headers(value), NOW)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void eighteenDigitsAreStillReadAsSeconds() {
        assertThat(RetryAfter.of(headers("000000000000000005"), NOW)).isEqualTo(Duration.ofSeconds(5));
    }

    @ParameterizedTest(name = "Retry-After: {0}")
    @CsvSource({ "'Mon, 23 Nov 2026 10:00:30 GMT', 30", "'Mon, 23 Nov 2026 10:00:00 GMT', 0",
            "'Mon, 23 Nov 2026 09:00:00 GMT', 0", "'Thu, 01 Jan 1970 00:00:00 GMT', 0",
            "'Tue, 24 Nov 2026 09:59:59 GMT', 86399", "'Tue, 24 Nov 2026 10:00:01 GMT', 86400",
            "'Fri, 31 Dec 9999 23:59:59 GMT', 86400" })
    void anHttpDateIsTheTimeLeftUntilItFromNothingToADay(String value, long seconds) {
        assertThat(RetryAfter.of(headers(value), NOW)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "Retry-After: \"{0}\"")
    @ValueSource(strings = { "", "   ", "-5", "+5", "1.5", "1e3", "soon", "0x10", "Wed, 32 Oct 2015 07:28:00 GMT",
            "2026-11-23T10:00:30Z" })
    void whatIsNeitherFormIsNoWait(String value) {
        assertThat(RetryAfter.of(headers(value), NOW)).isNull();
    }

    @Test
    void noHeaderIsNoWait() {
        assertThat(RetryAfter.of(new HttpHeaders(), NOW)).isNull();
    }

    @Test
    void theLongestWaitIsADay() {
        assertThat(RetryAfter.MAX).isEqualTo(Duration.ofDays(1));
    }

    private static HttpHeaders headers(String retryAfter) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, retryAfter);
        return headers;
    }
}
