package dev.roomtoken;

import java.time.Duration;

import dev.roomtoken.signalwire.SignalWireTokenOptions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules every provider shares, checked when a request is built.
 */
class RoomTokenRequestTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", " ", "\t", "\n" })
    void aBlankRoomIsRejected(String room) {
        assertRejected(() -> RoomTokenRequest.forRoom(room).build(), "room", "must not be blank");
    }

    @Test
    void aOneCharacterRoomIsAccepted() {
        assertThat(RoomTokenRequest.forRoom("r").build().room()).isEqualTo("r");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "\t" })
    void aBlankUserNameIsRejected(String userName) {
        assertRejected(() -> RoomTokenRequest.forRoom("r").userName(userName).build(), "userName",
                "must not be blank when set");
    }

    @Test
    void aOneCharacterUserNameIsAccepted() {
        assertThat(RoomTokenRequest.forRoom("r").userName("a").build().userName()).isEqualTo("a");
    }

    @Test
    void aUserNameLeftUnsetIsNull() {
        assertThat(RoomTokenRequest.forRoom("r").build().userName()).isNull();
    }

    @ParameterizedTest
    @ValueSource(longs = { 0, -1, Long.MIN_VALUE })
    void aZeroOrNegativeTtlIsRejected(long nanos) {
        assertRejected(() -> RoomTokenRequest.forRoom("r").ttl(Duration.ofNanos(nanos)).build(), "ttl",
                "must be positive");
    }

    @Test
    void theShortestPositiveTtlIsAccepted() {
        assertThat(RoomTokenRequest.forRoom("r").ttl(Duration.ofNanos(1)).build().ttl()).isEqualTo(Duration.ofNanos(1));
    }

    @Test
    void aTtlLeftUnsetIsNull() {
        assertThat(RoomTokenRequest.forRoom("r").build().ttl()).isNull();
    }

    @Test
    void aBuiltRequestKeepsWhatItWasGivenAndEqualsAnotherBuiltAlike() {
        SignalWireTokenOptions options = SignalWireTokenOptions.builder().roomDisplayName("Standup").build();
        RoomTokenRequest request = RoomTokenRequest.forRoom("r")
            .userName("alice")
            .ttl(Duration.ofMinutes(5))
            .options(options)
            .build();

        assertThat(request.room()).isEqualTo("r");
        assertThat(request.userName()).isEqualTo("alice");
        assertThat(request.ttl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(request.options()).isSameAs(options);
        assertThat(request).isEqualTo(RoomTokenRequest.forRoom("r")
            .userName("alice")
            .ttl(Duration.ofMinutes(5))
            .options(SignalWireTokenOptions.builder().roomDisplayName("Standup").build())
            .build()).hasSameHashCodeAs(request);
    }

    @Test
    void changingTheBuilderDoesNotChangeABuiltRequest() {
        RoomTokenRequest.Builder builder = RoomTokenRequest.forRoom("r").userName("alice");
        RoomTokenRequest request = builder.build();

        builder.userName("bob").ttl(Duration.ofMinutes(1));

        assertThat(request.userName()).isEqualTo("alice");
        assertThat(request.ttl()).isNull();
    }

    private static void assertRejected(ThrowingCallable build, String field, String rule) {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class).isThrownBy(build)
            .satisfies((ex) -> {
                assertThat(ex.field()).isEqualTo(field);
                assertThat(ex.rule()).isEqualTo(rule);
                assertThat(ex.provider()).isNull();
                assertThat(ex.isRetryable()).isFalse();
                assertThat(ex.attempts()).isZero();
            })
            .withMessage(field + " " + rule);
    }

    @Test
    void requestsWithTheSameFieldsAreEqualAndOneFieldApartAreNot() {
        RoomTokenRequest request = RoomTokenRequest.forRoom("standup").userName("alice").ttl(Duration.ofMinutes(5))
            .build();

        assertThat(request).isEqualTo(RoomTokenRequest.forRoom("standup").userName("alice")
            .ttl(Duration.ofMinutes(5)).build())
            .hasSameHashCodeAs(RoomTokenRequest.forRoom("standup").userName("alice").ttl(Duration.ofMinutes(5)).build());
        assertThat(request).isNotEqualTo(RoomTokenRequest.forRoom("retro").userName("alice")
            .ttl(Duration.ofMinutes(5)).build());
        assertThat(request).isNotEqualTo(RoomTokenRequest.forRoom("standup").userName("bob")
            .ttl(Duration.ofMinutes(5)).build());
        assertThat(request).isNotEqualTo(RoomTokenRequest.forRoom("standup").userName("alice").build());
        assertThat(request).isNotEqualTo("standup");
        assertThat(request.hashCode()).isNotEqualTo(RoomTokenRequest.forRoom("retro").build().hashCode());
    }

    @Test
    void toStringShowsTheFieldsItCarries() {
        assertThat(RoomTokenRequest.forRoom("standup").userName("alice").ttl(Duration.ofMinutes(5)).build())
            .hasToString("RoomTokenRequest[room=standup, userName=alice, ttl=PT5M, options=null]");
    }
}
