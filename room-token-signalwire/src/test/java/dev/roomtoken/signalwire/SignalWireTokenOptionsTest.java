package dev.roomtoken.signalwire;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;

import static dev.roomtoken.signalwire.SignalWireOptionAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SignalWire's limits on the options, at the edge and one past it, checked when the options are
 * built.
 */
class SignalWireTokenOptionsTest {

    @Test
    void aRoomDisplayNameOf200CharactersIsAccepted() {
        assertThat(options().roomDisplayName("d".repeat(200)).build().roomDisplayName()).hasSize(200);
    }

    @Test
    void aRoomDisplayNameOf201CharactersIsRejected() {
        assertRejected(() -> options().roomDisplayName("d".repeat(201)).build(), "roomDisplayName",
                "must be at most 200 characters");
    }

    @Test
    void aBlankRoomDisplayNameIsRejected() {
        assertRejected(() -> options().roomDisplayName(" ").build(), "roomDisplayName", "must not be blank");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 199_999, 200_000 })
    void removeAfterSecondsElapsedFrom0To200000IsAccepted(int seconds) {
        assertThat(options().removeAfterSecondsElapsed(seconds).build().removeAfterSecondsElapsed()).isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(ints = { -1, 200_001, Integer.MIN_VALUE, Integer.MAX_VALUE })
    void removeAfterSecondsElapsedOutside0To200000IsRejected(int seconds) {
        assertRejected(() -> options().removeAfterSecondsElapsed(seconds).build(), "removeAfterSecondsElapsed",
                "must be between 0 and 200000");
    }

    @Test
    void removeAfterTakesADurationInWholeSeconds() {
        assertThat(options().removeAfter(Duration.ZERO).build().removeAfterSecondsElapsed()).isZero();
        assertThat(options().removeAfter(Duration.ofSeconds(200_000)).build().removeAfterSecondsElapsed())
            .isEqualTo(200_000);
        assertThat(options().removeAfter(Duration.ofMillis(90_999)).build().removeAfterSecondsElapsed()).isEqualTo(90);
    }

    @ParameterizedTest
    @ValueSource(longs = { -1, 200_001, Long.MAX_VALUE })
    void removeAfterOutside0To200000SecondsIsRejected(long seconds) {
        assertRejected(() -> options().removeAfter(Duration.ofSeconds(seconds)), "removeAfterSecondsElapsed",
                "must be between 0 and 200000");
    }

    @Test
    void aNegativeFractionOfASecondIsRejectedByRemoveAfter() {
        assertRejected(() -> options().removeAfter(Duration.ofMillis(-1)), "removeAfterSecondsElapsed",
                "must be between 0 and 200000");
    }

    @Test
    void roomMetaOf2000CharactersOfJsonIsAccepted() {
        Map<String, Object> meta = metaOfJsonLength(2000);

        assertThat(options().roomMeta(meta).build().roomMeta()).isEqualTo(meta);
    }

    @Test
    void roomMetaOf2001CharactersOfJsonIsRejected() {
        assertRejected(() -> options().roomMeta(metaOfJsonLength(2001)).build(), "roomMeta",
                "must be at most 2000 characters, counted as Unicode code points, when serialized to JSON (was 2001)");
    }

    @Test
    void metaOf2000CharactersOfJsonIsAccepted() {
        Map<String, Object> meta = metaOfJsonLength(2000);

        assertThat(options().meta(meta).build().meta()).isEqualTo(meta);
    }

    @Test
    void metaOf2001CharactersOfJsonIsRejected() {
        assertRejected(() -> options().meta(metaOfJsonLength(2001)).build(), "meta",
                "must be at most 2000 characters, counted as Unicode code points, when serialized to JSON (was 2001)");
    }

    @Test
    void metaIsMeasuredAsItsJsonNotAsItsJavaText() {
        // JSON {"k":[1,2],"p":"x…"} is 18 characters plus the x's; Java's {k=[1, 2], p=x…} is 14 plus them
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("k", List.of(1, 2));
        meta.put("p", "x".repeat(1983));
        assertThat(JsonMapper.shared().writeValueAsString(meta)).hasSize(2001);
        assertThat(meta.toString()).hasSize(1997);

        assertRejected(() -> options().meta(meta).build(), "meta", "(was 2001)");
    }

    @Test
    void metaThatCannotBeWrittenAsJsonIsRejected() {
        assertRejected(() -> options().meta(Map.of("k", new Unserializable())).build(), "meta",
                "must be serializable as a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "\t", "room.self audio_mute", " room.self.audio_mute" })
    void aBlankPermissionOrOneWithWhitespaceIsRejected(String permission) {
        assertRejected(() -> options().permissionValues(permission).build(), "permissions",
                "must be non-blank permission strings without whitespace");
    }

    @Test
    void permissionsKeepTheirOrderWithoutDuplicates() {
        SignalWireTokenOptions options = options()
            .permissions(SignalWirePermission.ROOM_SELF_SCREENSHARE, SignalWirePermission.ROOM_SELF_AUDIO_MUTE)
            .permissionValues("room.future.permission", "room.self.screenshare")
            .build();

        assertThat(options.permissions()).containsExactly("room.self.screenshare", "room.self.audio_mute",
                "room.future.permission");
    }

    @Test
    void permissionsLeftUnsetAreNullAndAnEmptyCallIsAnEmptyList() {
        assertThat(options().build().permissions()).isNull();
        assertThat(options().permissions().build().permissions()).isEmpty();
    }

    /** A map whose compact JSON, {"k":"xx…"}, is exactly {@code length} characters long. */
    private static Map<String, Object> metaOfJsonLength(int length) {
        Map<String, Object> meta = Map.of("k", "x".repeat(length - "{\"k\":\"\"}".length()));
        assertThat(JsonMapper.shared().writeValueAsString(meta)).as("the meta's JSON").hasSize(length);
        return meta;
    }

    private static SignalWireTokenOptionsBuilder options() {
        return SignalWireTokenOptions.builder();
    }

    /** A value Jackson cannot write: reading its only property fails. */
    public static final class Unserializable {

        public String getValue() {
            throw new IllegalStateException("cannot be read");
        }
    }
}
