package dev.roomtoken.signalwire;

import dev.roomtoken.InvalidRoomTokenRequestException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The shape of a rejected option: an {@link InvalidRoomTokenRequestException} that names the
 * field and says the rule, and whose message is the two together.
 */
final class SignalWireOptionAssertions {

    private SignalWireOptionAssertions() {
    }

    static void assertRejected(ThrowingCallable build, String field, String rule) {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class).isThrownBy(build)
            .satisfies((ex) -> {
                assertThat(ex.field()).isEqualTo(field);
                assertThat(ex.rule()).contains(rule);
                assertThat(ex.isRetryable()).isFalse();
            })
            .withMessageStartingWith(field + " ");
    }
}
