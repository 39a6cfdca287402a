package dev.roomtoken.signalwire;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import dev.roomtoken.InvalidRoomTokenRequestException;

/**
 * SignalWire's datetimes: RFC 3339, where a date alone means midnight UTC. Written in UTC, to the
 * second.
 */
final class Rfc3339 {

    /**
     * Reads RFC 3339 with any offset (unlike {@code OffsetDateTime.parse}, it takes a leap second)
     * and writes UTC with a {@code Z}.
     */
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_INSTANT;

    private Rfc3339() {
    }

    /**
     * Reads an RFC 3339 datetime with any offset, or a date alone as midnight UTC. A leap second,
     * as in SignalWire's own example {@code 2022-01-01T23:59:60Z}, is read as the second before.
     */
    static Instant parse(String field, String value) {
        try {
            if (value.length() == 10) {
                return midnightUtc(LocalDate.parse(value));
            }
            return Instant.from(RFC_3339.parse(value));
        }
        catch (DateTimeParseException ex) {
            throw new InvalidRoomTokenRequestException(field,
                    "must be an RFC 3339 datetime such as 2022-01-01T23:59:59Z, or a date such as 2022-01-01");
        }
    }

    static Instant midnightUtc(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * The instant as SignalWire reads it: UTC, whole seconds.
     */
    static Instant toWirePrecision(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    static String format(Instant instant) {
        return RFC_3339.format(toWirePrecision(instant));
    }
}
