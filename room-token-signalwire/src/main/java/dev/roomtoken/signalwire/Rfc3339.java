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
 * second. RFC 3339 writes a year with exactly four digits, so only the instants from
 * {@link #EARLIEST} to {@link #LATEST} can be written at all.
 */
final class Rfc3339 {

    /** The first instant RFC 3339 can write in UTC: {@code 0000-01-01T00:00:00Z}. */
    static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");

    /** The last instant RFC 3339 can write in UTC, to the second: {@code 9999-12-31T23:59:59Z}. */
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private static final String SYNTAX_RULE = "must be an RFC 3339 datetime such as 2022-01-01T23:59:59Z, "
            + "or a date such as 2022-01-01";

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
        if (!hasFourDigitYear(value)) {
            throw new InvalidRoomTokenRequestException(field, SYNTAX_RULE);
        }
        try {
            if (value.length() == 10) {
                return midnightUtc(LocalDate.parse(value));
            }
            return Instant.from(RFC_3339.parse(value));
        }
        catch (DateTimeParseException ex) {
            throw new InvalidRoomTokenRequestException(field, SYNTAX_RULE);
        }
    }

    /**
     * Whether the text starts with RFC 3339's {@code date-fullyear "-"}: four digits, no sign.
     * {@code java.time} also reads {@code +10000-01-01T00:00:00Z}, which RFC 3339 does not have.
     */
    private static boolean hasFourDigitYear(String value) {
        if (value.length() < 5 || value.charAt(4) != '-') {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the instant, at wire precision, can be written in RFC 3339.
     * @param instant an instant already truncated to the second
     * @return whether it lies from {@link #EARLIEST} to {@link #LATEST}
     */
    static boolean isWritable(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /**
     * Brings an instant to wire precision and checks that RFC 3339 can write it.
     * @param field the field to name if it cannot
     * @param instant the instant
     * @return the instant truncated to the second
     * @throws InvalidRoomTokenRequestException naming the field if the instant lies before year
     * 0000 or after 9999
     */
    static Instant checkedWirePrecision(String field, Instant instant) {
        Instant wire = toWirePrecision(instant);
        if (!isWritable(wire)) {
            throw new InvalidRoomTokenRequestException(field, "must be from " + EARLIEST + " to " + LATEST
                    + ": RFC 3339 writes years with four digits (was " + wire + ")");
        }
        return wire;
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
