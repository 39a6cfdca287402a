package dev.roomtoken.signalwire;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.roomtoken.signalwire.SignalWireOptionAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SignalWireTokenOptions#withDefaults}: each field a request sets wins, each field it
 * leaves unset takes the default.
 */
class SignalWireTokenOptionsDefaultsTest {

    private final SignalWireTokenOptions defaults = defaultsBuilder().build();

    /** The defaults every test merges over, as a builder a test can add to. */
    private static SignalWireTokenOptionsBuilder defaultsBuilder() {
        return SignalWireTokenOptions.builder()
            .permissions(SignalWirePermission.ROOM_SELF_AUDIO_MUTE)
            .joinAs(SignalWireJoinAs.MEMBER)
            .mediaAllowed(SignalWireMediaAllowed.ALL)
            .joinUntil("2030-01-01")
            .removeAfterSecondsElapsed(3600)
            .joinAudioMuted(true)
            .autoCreateRoom(false)
            .roomDisplayName("Default room")
            .meta(Map.of("from", "defaults"));
    }

    @Test
    void fieldsTheRequestSetsWin() {
        SignalWireTokenOptions request = SignalWireTokenOptions.builder()
            .permissionValues("room.self.video_mute")
            .joinAs(SignalWireJoinAs.AUDIENCE)
            .joinAudioMuted(false)
            .autoCreateRoom(true)
            .roomDisplayName("Mine")
            .meta(Map.of("from", "request"))
            .build();

        SignalWireTokenOptions merged = request.withDefaults(this.defaults);

        assertThat(merged.permissions()).containsExactly("room.self.video_mute");
        assertThat(merged.joinAs()).isEqualTo(SignalWireJoinAs.AUDIENCE);
        assertThat(merged.joinAudioMuted()).isFalse();
        assertThat(merged.autoCreateRoom()).isTrue();
        assertThat(merged.roomDisplayName()).isEqualTo("Mine");
        assertThat(merged.meta()).isEqualTo(Map.of("from", "request"));
    }

    @Test
    void fieldsTheRequestLeavesUnsetTakeTheDefaults() {
        SignalWireTokenOptions merged = SignalWireTokenOptions.builder()
            .syncAudioVideo(true)
            .build()
            .withDefaults(this.defaults);

        assertThat(merged).isEqualTo(defaultsBuilder().syncAudioVideo(true).build());
    }

    @Test
    void anEmptyPermissionListIsSetAndWinsOverTheDefaultPermissions() {
        SignalWireTokenOptions merged = SignalWireTokenOptions.builder().permissions().build().withDefaults(this.defaults);

        assertThat(merged.permissions()).isEmpty();
    }

    @Test
    void fieldsNeitherSetStayUnset() {
        SignalWireTokenOptions merged = SignalWireTokenOptions.none().withDefaults(this.defaults);

        assertThat(merged.joinFrom()).isNull();
        assertThat(merged.removeAt()).isNull();
        assertThat(merged.roomMeta()).isNull();
        assertThat(merged.syncAudioVideo()).isNull();
    }

    @Test
    void noDefaultsLeaveTheRequestsOptionsAsTheyAre() {
        SignalWireTokenOptions request = SignalWireTokenOptions.builder().roomDisplayName("Mine").build();

        assertThat(request.withDefaults(SignalWireTokenOptions.none())).isEqualTo(request);
    }

    @Test
    void aMergeThatBreaksTheJoinWindowIsRejected() {
        SignalWireTokenOptions request = SignalWireTokenOptions.builder().joinFrom("2030-02-01").build();

        assertRejected(() -> request.withDefaults(this.defaults), "joinFrom", "must not be after joinUntil");
    }
}
