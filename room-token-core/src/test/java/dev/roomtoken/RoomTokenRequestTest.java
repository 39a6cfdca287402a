package dev.roomtoken;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules every provider shares, checked when a request is built.
 */
class RoomTokenRequestTest {

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "\t" })
    void roomMustNotBeBlank(String room) {
        assertInvalid(() -> RoomTokenRequest.forRoom(room).build(), "room", "must not be blank");
    }

    @Test
    void userNameMustNotBeBlankWhenSet() {
        assertInvalid(() -> RoomTokenRequest.forRoom("r").userName("  ").build(), "userName",
                "must not be blank when set");
    }

    @ParameterizedTest
    @ValueSource(longs = { 0, -1 })
    void ttlMustBePositive(long seconds) {
        assertInvalid(() -> RoomTokenRequest.forRoom("r").ttl(Duration.ofSeconds(seconds)).build(), "ttl",
                "must be positive");
    }

    @Test
    void keepsWhatItWasGiven() {
        RoomTokenRequest request = RoomTokenRequest.forRoom("r").userName("alice").ttl(Duration.ofNanos(1)).build();

        assertThat(request.room()).isEqualTo("r");
        assertThat(request.userName()).isEqualTo("alice");
        assertThat(request.ttl()).isEqualTo(Duration.ofNanos(1));
        assertThat(request.options()).isNull();
        assertThat(request).isEqualTo(RoomTokenRequest.forRoom("r").userName("alice").ttl(Duration.ofNanos(1)).build());
    }

    private static void assertInvalid(Runnable build, String field, String rule) {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class).isThrownBy(build::run)
            .satisfies((ex) -> {
                assertThat(ex.field()).isEqualTo(field);
                assertThat(ex.rule()).contains(rule);
                assertThat(ex.isRetryable()).isFalse();
                assertThat(ex.attempts()).isZero();
            })
            .withMessage(field + " " + rule);
    }
}
