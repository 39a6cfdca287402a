package dev.roomtoken.signalwire;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.roomtoken.signalwire.SignalWireOptionAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SignalWire's datetimes (join_from, join_until, remove_at): RFC 3339 kept as its UTC instant to
 * the second, a date alone as midnight UTC; and the join window's rule.
 */
class SignalWireTokenOptionsDatesTest {

    private static final Instant MIDNIGHT = Instant.parse("2022-01-01T00:00:00Z");

    @Test
    void aDateAloneIsMidnightUtc() {
        SignalWireTokenOptions options = options().joinFrom("2022-01-01")
            .joinUntil("2022-01-01")
            .removeAt("2022-01-01")
            .build();

        assertThat(options.joinFrom()).isEqualTo(MIDNIGHT);
        assertThat(options.joinUntil()).isEqualTo(MIDNIGHT);
        assertThat(options.removeAt()).isEqualTo(MIDNIGHT);
    }

    @Test
    void aLocalDateIsMidnightUtc() {
        LocalDate day = LocalDate.of(2022, 1, 1);
        SignalWireTokenOptions options = options().joinFrom(day).joinUntil(day).removeAt(day).build();

        assertThat(options.joinFrom()).isEqualTo(MIDNIGHT);
        assertThat(options.joinUntil()).isEqualTo(MIDNIGHT);
        assertThat(options.removeAt()).isEqualTo(MIDNIGHT);
    }

    @ParameterizedTest
    @CsvSource({ "2022-01-01T23:59:59Z, 2022-01-01T23:59:59Z", "2022-01-02T01:59:59+02:00, 2022-01-01T23:59:59Z",
            "2022-01-01T18:29:59-05:30, 2022-01-01T23:59:59Z", "2022-01-01t23:59:59z, 2022-01-01T23:59:59Z",
            "2022-01-01T23:59:59.999+00:00, 2022-01-01T23:59:59Z" })
    void anRfc3339DatetimeIsKeptAsItsUtcInstantToTheSecond(String datetime, Instant utc) {
        SignalWireTokenOptions options = options().joinFrom(datetime).joinUntil(datetime).removeAt(datetime).build();

        assertThat(options.joinFrom()).isEqualTo(utc);
        assertThat(options.joinUntil()).isEqualTo(utc);
        assertThat(options.removeAt()).isEqualTo(utc);
    }

    @Test
    void theLeapSecondOfSignalWiresOwnExampleIsAccepted() {
        assertThat(options().joinUntil("2022-01-01T23:59:60Z").build().joinUntil())
            .isEqualTo(Instant.parse("2022-01-01T23:59:59Z"));
    }

    @Test
    void anInstantIsKeptToTheSecond() {
        assertThat(options().removeAt(Instant.parse("2022-01-01T10:00:00.999999Z")).build().removeAt())
            .isEqualTo(Instant.parse("2022-01-01T10:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "next tuesday", "", "2022-13-01", "2022-01-01T10:00:00", "2022-01-01T10:00Z",
            "01/01/2022", "2022-01-01 10:00:00Z" })
    void aMalformedJoinFromIsRejectedNamingIt(String value) {
        assertRejected(() -> options().joinFrom(value), "joinFrom", "must be an RFC 3339 datetime");
    }

    @Test
    void aMalformedJoinUntilIsRejectedNamingIt() {
        assertRejected(() -> options().joinUntil("2022-02-30"), "joinUntil",
                "must be an RFC 3339 datetime such as 2022-01-01T23:59:59Z, or a date such as 2022-01-01");
    }

    @Test
    void aMalformedRemoveAtIsRejectedNamingIt() {
        assertRejected(() -> options().removeAt("tomorrow"), "removeAt", "must be an RFC 3339 datetime");
    }

    @Test
    void joinFromEqualToJoinUntilIsAccepted() {
        SignalWireTokenOptions options = options().joinFrom("2030-01-01T10:00:00Z")
            .joinUntil("2030-01-01T12:00:00+02:00")
            .build();

        assertThat(options.joinFrom()).isEqualTo(options.joinUntil());
    }

    @Test
    void joinFromAfterJoinUntilIsRejected() {
        assertRejected(() -> options().joinFrom("2030-01-01T10:00:01Z").joinUntil("2030-01-01T10:00:00Z").build(),
                "joinFrom", "must not be after joinUntil");
    }

    @Test
    void joinFromWithinTheSameSecondAsJoinUntilIsAccepted() {
        SignalWireTokenOptions options = options().joinFrom(Instant.parse("2030-01-01T10:00:00.900Z"))
            .joinUntil(Instant.parse("2030-01-01T10:00:00.100Z"))
            .build();

        assertThat(options.joinFrom()).isEqualTo(options.joinUntil());
    }

    private static SignalWireTokenOptionsBuilder options() {
        return SignalWireTokenOptions.builder();
    }
}
