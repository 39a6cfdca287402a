package dev.roomtoken.signalwire;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import dev.roomtoken.InvalidRoomTokenRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Every SignalWire option rule, at the edge and past it, checked when the options are built.
 */
class SignalWireTokenOptionsTest {

    @Test
    void roomDisplayNameTakesUpTo200Characters() {
        assertThatNoException().isThrownBy(() -> options().roomDisplayName("d".repeat(200)).build());
        assertInvalid(() -> options().roomDisplayName("d".repeat(201)).build(), "roomDisplayName", "at most 200");
        assertInvalid(() -> options().roomDisplayName(" ").build(), "roomDisplayName", "must not be blank");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 200_000 })
    void removeAfterSecondsElapsedWithinTheBoundIsAccepted(int seconds) {
        assertThat(options().removeAfterSecondsElapsed(seconds).build().removeAfterSecondsElapsed()).isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(ints = { -1, 200_001, Integer.MAX_VALUE })
    void removeAfterSecondsElapsedPastTheBoundIsRejected(int seconds) {
        assertInvalid(() -> options().removeAfterSecondsElapsed(seconds).build(), "removeAfterSecondsElapsed",
                "between 0 and 200000");
    }

    @Test
    void removeAfterTakesADurationInWholeSeconds() {
        assertThat(options().removeAfter(Duration.ofHours(1)).build().removeAfterSecondsElapsed()).isEqualTo(3600);
        assertInvalid(() -> options().removeAfter(Duration.ofSeconds(200_001)), "removeAfterSecondsElapsed",
                "between 0 and 200000");
    }

    @Test
    void joinFromMustNotBeAfterJoinUntil() {
        Instant at = Instant.parse("2030-01-01T10:00:00Z");
        assertThatNoException().isThrownBy(() -> options().joinFrom(at).joinUntil(at).build());
        assertInvalid(() -> options().joinFrom(at.plusSeconds(1)).joinUntil(at).build(), "joinFrom",
                "must not be after joinUntil");
    }

    @Test
    void aDateAloneIsMidnightUtc() {
        Instant midnight = Instant.parse("2022-01-01T00:00:00Z");
        SignalWireTokenOptions options = options().joinFrom("2022-01-01")
            .joinUntil(LocalDate.of(2022, 1, 1))
            .removeAt("2022-01-01")
            .build();

        assertThat(options.joinFrom()).isEqualTo(midnight);
        assertThat(options.joinUntil()).isEqualTo(midnight);
        assertThat(options.removeAt()).isEqualTo(midnight);
    }

    @Test
    void anOffsetDatetimeIsKeptAsItsUtcInstantToTheSecond() {
        assertThat(options().joinUntil("2022-01-01T23:59:59.750+02:00").build().joinUntil())
            .isEqualTo(Instant.parse("2022-01-01T21:59:59Z"));
    }

    @Test
    void aMalformedDatetimeIsRejectedNamingTheField() {
        assertInvalid(() -> options().removeAt("next tuesday"), "removeAt", "RFC 3339");
        assertInvalid(() -> options().joinFrom("2022-13-01"), "joinFrom", "RFC 3339");
    }

    @Test
    void metaTakesUpTo2000CharactersOfJson() {
        Map<String, Object> exactly2000 = Map.of("k", "m".repeat(1992));
        Map<String, Object> exactly2001 = Map.of("k", "m".repeat(1993));

        assertThatNoException().isThrownBy(() -> options().meta(exactly2000).roomMeta(exactly2000).build());
        assertInvalid(() -> options().meta(exactly2001).build(), "meta", "at most 2000 characters");
        assertInvalid(() -> options().roomMeta(exactly2001).build(), "roomMeta", "(was 2001)");
    }

    @Test
    void metaMustBeSerializable() {
        assertInvalid(() -> options().meta(Map.of("k", new Unserializable())).build(), "meta", "serializable");
    }

    /** A value Jackson cannot write: its only property fails when read. */
    public static final class Unserializable {

        public String getValue() {
            throw new IllegalStateException("not today");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "room.self audio_mute" })
    void permissionStringsMustBeWordsWithoutWhitespace(String permission) {
        assertInvalid(() -> options().permissionValues(permission).build(), "permissions", "without whitespace");
    }

    @Test
    void permissionsKeepTheirOrderAndAcceptStringsTheEnumDoesNotKnow() {
        SignalWireTokenOptions options = options()
            .permissions(SignalWirePermission.ROOM_SELF_SCREENSHARE, SignalWirePermission.ROOM_SELF_AUDIO_MUTE)
            .permissionValues("room.future_permission")
            .build();

        assertThat(options.permissions()).containsExactly("room.self.screenshare", "room.self.audio_mute",
                "room.future_permission");
        assertThat(options().permissions().build().permissions()).isEmpty();
        assertThat(options().build().permissions()).isNull();
    }

    @Test
    void requestOptionsWinAndUnsetFieldsTakeTheDefaults() {
        SignalWireTokenOptions defaults = options().joinAs(SignalWireJoinAs.AUDIENCE)
            .autoCreateRoom(false)
            .roomDisplayName("Default")
            .build();
        SignalWireTokenOptions request = options().roomDisplayName("Mine").syncAudioVideo(true).build();

        SignalWireTokenOptions merged = request.withDefaults(defaults);

        assertThat(merged.roomDisplayName()).isEqualTo("Mine");
        assertThat(merged.syncAudioVideo()).isTrue();
        assertThat(merged.joinAs()).isEqualTo(SignalWireJoinAs.AUDIENCE);
        assertThat(merged.autoCreateRoom()).isFalse();
        assertThat(merged.meta()).isNull();
    }

    @Test
    void aMergeThatBreaksTheJoinWindowIsRejected() {
        SignalWireTokenOptions defaults = options().joinUntil("2030-01-01").build();

        assertInvalid(() -> options().joinFrom("2030-02-01").build().withDefaults(defaults), "joinFrom",
                "must not be after joinUntil");
    }

    private static SignalWireTokenOptionsBuilder options() {
        return SignalWireTokenOptions.builder();
    }

    private static void assertInvalid(Runnable build, String field, String rule) {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class).isThrownBy(build::run)
            .satisfies((ex) -> assertThat(ex.field()).isEqualTo(field))
            .withMessageContaining(rule);
    }
}
