package dev.roomtoken.signalwire;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.roomtoken.signalwire.SignalWireOptionAssertions.assertRejected;
import static dev.roomtoken.signalwire.SignalWireTestServer.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * RFC 3339 writes a year with four digits, so an instant after 9999-12-31T23:59:59Z or before
 * 0000-01-01T00:00:00Z cannot be sent: it is rejected before sending, naming the field
 * ({@code joinFrom}, {@code joinUntil}, {@code removeAt}, or the {@code ttl} that leads there),
 * instead of going out as {@code +10000-01-01T00:00:00Z}.
 */
class SignalWireInstantRangeTest {

    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59Z");

    private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");

    @RegisterExtension
    final SignalWireTestServer signalWire = new SignalWireTestServer();

    @ParameterizedTest
    @ValueSource(strings = { "joinFrom", "joinUntil", "removeAt" })
    void anInstantAfterYear9999IsRejectedNamingTheField(String field) {
        assertRejected(() -> set(field, LAST.plusSeconds(1)), field,
                "must be from 0000-01-01T00:00:00Z to 9999-12-31T23:59:59Z: RFC 3339 writes years with four digits");
        assertRejected(() -> set(field, Instant.parse("+3170900-09-30T02:40:10Z")), field, "(was +3170900-09-30T02:40:10Z)");
        assertRejected(() -> set(field, Instant.MAX), field, "RFC 3339 writes years with four digits");
    }

    @ParameterizedTest
    @ValueSource(strings = { "joinFrom", "joinUntil", "removeAt" })
    void anInstantBeforeYear0000IsRejectedNamingTheField(String field) {
        assertRejected(() -> set(field, FIRST.minusSeconds(1)), field, "RFC 3339 writes years with four digits");
    }

    @Test
    void theLastAndFirstWritableInstantsAreSentAsRfc3339() {
        SignalWireTokenOptions options = SignalWireTokenOptions.builder()
            .joinFrom(FIRST)
            .joinUntil(LAST.plusMillis(999))
            .removeAt(LAST)
            .build();

        this.signalWire.client().prepareCreate(RoomTokenRequest.forRoom("r").options(options).build()).send().token();

        this.signalWire.verifyOnlyRequest("{\"room_name\":\"r\",\"join_from\":\"0000-01-01T00:00:00Z\","
                + "\"join_until\":\"9999-12-31T23:59:59Z\",\"remove_at\":\"9999-12-31T23:59:59Z\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = { "+10000-01-01T00:00:00Z", "+3170900-09-30T02:40:10Z", "-0001-12-31T23:59:59Z",
            "+2022-01-01T00:00:00Z", "10000-01-01" })
    void aDatetimeWhoseYearIsNotFourDigitsIsNotRfc3339(String value) {
        assertRejected(() -> SignalWireTokenOptions.builder().joinUntil(value), "joinUntil",
                "must be an RFC 3339 datetime");
    }

    @Test
    void anOffsetThatCarriesTheInstantPastYear9999IsRejectedNamingTheField() {
        assertRejected(() -> SignalWireTokenOptions.builder().removeAt("9999-12-31T23:59:59-01:00").build(), "removeAt",
                "(was +10000-01-01T00:59:59Z)");
    }

    @Test
    void aTtlThatEndsAfterYear9999IsRejectedNamingTheTtlBeforeSending() {
        Duration toTheLast = Duration.between(NOW, LAST);
        RoomTokenRequest tooLong = RoomTokenRequest.forRoom("r").ttl(toTheLast.plusSeconds(1)).build();

        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.signalWire.client().prepareCreate(tooLong))
            .satisfies((ex) -> {
                assertThat(ex.field()).isEqualTo("ttl");
                assertThat(ex.rule()).isEqualTo("is too long: join_until would be after 9999-12-31T23:59:59Z, "
                        + "the last instant RFC 3339 can write");
            });
        this.signalWire.verifyNothingSent();

        this.signalWire.client().prepareCreate(RoomTokenRequest.forRoom("r").ttl(toTheLast).build()).send().token();
        this.signalWire.verifyOnlyRequest("{\"room_name\":\"r\",\"join_until\":\"9999-12-31T23:59:59Z\"}");
    }

    private static SignalWireTokenOptions set(String field, Instant value) {
        BiFunction<SignalWireTokenOptionsBuilder, Instant, SignalWireTokenOptionsBuilder> setter = switch (field) {
            case "joinFrom" -> SignalWireTokenOptionsBuilder::joinFrom;
            case "joinUntil" -> SignalWireTokenOptionsBuilder::joinUntil;
            default -> SignalWireTokenOptionsBuilder::removeAt;
        };
        return setter.apply(SignalWireTokenOptions.builder(), value).build();
    }
}
