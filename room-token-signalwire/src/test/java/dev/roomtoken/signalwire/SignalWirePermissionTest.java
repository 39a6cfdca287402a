package dev.roomtoken.signalwire;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permission constants carry SignalWire's strings.
 */
class SignalWirePermissionTest {

    @Test
    void wireValuesAreUniqueAndRoundTrip() {
        assertThat(Arrays.stream(SignalWirePermission.values()).map(SignalWirePermission::wireValue))
            .doesNotHaveDuplicates()
            .allMatch((value) -> value.matches("room(\\.[a-z_]+)+"));
        for (SignalWirePermission permission : SignalWirePermission.values()) {
            assertThat(SignalWirePermission.fromWireValue(permission.wireValue())).isSameAs(permission);
        }
        assertThat(SignalWirePermission.fromWireValue("room.not_yet_known")).isNull();
    }

    @Test
    void namesFollowTheWireValues() {
        assertThat(SignalWirePermission.ROOM_SELF_AUDIO_MUTE.wireValue()).isEqualTo("room.self.audio_mute");
        assertThat(SignalWirePermission.ROOM_STREAM_START.wireValue()).isEqualTo("room.stream.start");
        assertThat(SignalWirePermission.values()).hasSize(45);
    }
}
