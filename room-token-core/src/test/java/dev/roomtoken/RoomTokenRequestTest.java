package dev.roomtoken;

import java.time.Duration;

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
    void aBlankDisplayNameIsRejected(String userName) {
        assertRejected(() -> RoomTokenRequest.forRoom("r").displayName(userName).build(), "displayName",
                "must not be blank when set");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "\t" })
    void aBlankIdentityIsRejected(String identity) {
        assertRejected(() -> RoomTokenRequest.forRoom("r").identity(identity).build(), "identity",
                "must not be blank when set");
    }

    @Test
    void identityAndDisplayNameAreKeptApart() {
        RoomTokenRequest request = RoomTokenRequest.forRoom("r").identity("u-42").displayName("Alice").build();

        assertThat(request.identity()).isEqualTo("u-42");
        assertThat(request.displayName()).isEqualTo("Alice");
        assertThat(request).hasToString("RoomTokenRequest[room=r, identity=u-42, displayName=Alice, ttl=null, "
                + "options=null]");
    }

    @Test
    void aOneCharacterDisplayNameIsAccepted() {
        assertThat(RoomTokenRequest.forRoom("r").displayName("a").build().displayName()).isEqualTo("a");
    }

    @Test
    void aDisplayNameLeftUnsetIsNull() {
        assertThat(RoomTokenRequest.forRoom("r").build().displayName()).isNull();
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
        RoomTokenOptions options = new SomeProviderOptions("Standup");
        RoomTokenRequest request = RoomTokenRequest.forRoom("r")
            .displayName("alice")
            .ttl(Duration.ofMinutes(5))
            .options(options)
            .build();

        assertThat(request.room()).isEqualTo("r");
        assertThat(request.displayName()).isEqualTo("alice");
        assertThat(request.ttl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(request.options()).isSameAs(options);
        assertThat(request).isEqualTo(RoomTokenRequest.forRoom("r")
            .displayName("alice")
            .ttl(Duration.ofMinutes(5))
            .options(new SomeProviderOptions("Standup"))
            .build()).hasSameHashCodeAs(request);
    }

    @Test
    void changingTheBuilderDoesNotChangeABuiltRequest() {
        RoomTokenRequest.Builder builder = RoomTokenRequest.forRoom("r").displayName("alice");
        RoomTokenRequest request = builder.build();

        builder.displayName("bob").ttl(Duration.ofMinutes(1));

        assertThat(request.displayName()).isEqualTo("alice");
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
        RoomTokenRequest request = RoomTokenRequest.forRoom("standup").identity("u-42").displayName("alice").ttl(Duration.ofMinutes(5))
            .build();

        assertThat(request).isEqualTo(RoomTokenRequest.forRoom("standup").identity("u-42").displayName("alice")
            .ttl(Duration.ofMinutes(5)).build())
            .hasSameHashCodeAs(RoomTokenRequest.forRoom("standup").identity("u-42").displayName("alice").ttl(Duration.ofMinutes(5)).build());
        assertThat(request).isNotEqualTo(RoomTokenRequest.forRoom("retro").identity("u-42").displayName("alice")
            .ttl(Duration.ofMinutes(5)).build());
        assertThat(request).isNotEqualTo(RoomTokenRequest.forRoom("standup").identity("u-42").displayName("bob")
            .ttl(Duration.ofMinutes(5)).build());
        assertThat(request).isNotEqualTo(RoomTokenRequest.forRoom("standup").identity("u-42").displayName("alice").build());
        assertThat(request).isNotEqualTo(RoomTokenRequest.forRoom("standup").identity("u-7").displayName("alice")
            .ttl(Duration.ofMinutes(5)).build());
        assertThat(request).isNotEqualTo("standup");
        assertThat(request.hashCode()).isNotEqualTo(RoomTokenRequest.forRoom("retro").build().hashCode());
    }

    @Test
    void toStringShowsTheFieldsItCarries() {
        assertThat(RoomTokenRequest.forRoom("standup").identity("u-42").displayName("alice").ttl(Duration.ofMinutes(5)).build())
            .hasToString("RoomTokenRequest[room=standup, identity=u-42, displayName=alice, ttl=PT5M, options=null]");
    }

    /** A provider's options, as a provider module would define them. */
    record SomeProviderOptions(String roomDisplayName) implements RoomTokenOptions {
    }
}
