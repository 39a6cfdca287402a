package dev.roomtoken.zoom;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.function.Supplier;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each rule of Zoom's authorization page (https://developers.zoom.us/docs/video-sdk/auth/#payload),
 * checked before anything is signed: the exception names the field and the rule, and the clock,
 * which only signing reads, was never read.
 */
class ZoomValidationTest {

    private final CountingClock clock = new CountingClock(Instant.parse("2027-01-15T09:00:00Z"));

    private final ZoomTokenIssuer issuer = issuer(ZoomIdentityClaim.USER_KEY);

    @Test
    void aSessionNameOfTwoHundredCharactersIsSignedAndOneMoreIsRefused() {
        this.issuer.prepareCreate(RoomTokenRequest.forRoom("a".repeat(200)).build());

        assertRefused(RoomTokenRequest.forRoom("a".repeat(201)).build(), "room",
                "must be at most 200 characters, Zoom's limit on a session name (was 201)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "a/b", "say \"hi\"", "it's", "a*b", "tab\tname", "`tick`", "caf\u00e9", "\u4f1a\u8bae" })
    void aSessionNameCharacterOutsideZoomsSetIsRefused(String room) {
        int index = 0;
        while (ZoomSessionNameTestAccess.allowed(room.charAt(index))) {
            index++;
        }

        assertRefused(RoomTokenRequest.forRoom(room).build(), "room",
                "must hold only ASCII letters, digits, spaces and the symbols !#$%&()+-:;<=.>?@[]^_{}|~,\\ (Zoom's "
                        + "session name characters), found U+" + String.format("%04X", (int) room.charAt(index))
                        + " at index " + index);
    }

    @Test
    void anIdentityOfThirtySixCharactersIsSignedAsUserKeyAndOneMoreIsRefused() {
        this.issuer.prepareCreate(RoomTokenRequest.forRoom("r").identity("i".repeat(36)).build());

        assertRefused(RoomTokenRequest.forRoom("r").identity("i".repeat(37)).build(), "identity",
                "must be at most 36 characters, Zoom's limit on user_key (was 37)");
    }

    @Test
    void asUserIdentityTheLimitIsThirtyFive() {
        ZoomTokenIssuer legacy = issuer(ZoomIdentityClaim.USER_IDENTITY);
        legacy.prepareCreate(RoomTokenRequest.forRoom("r").identity("i".repeat(35)).build());

        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> legacy.prepareCreate(RoomTokenRequest.forRoom("r").identity("i".repeat(36)).build()))
            .withMessage("identity must be at most 35 characters, Zoom's limit on user_identity (was 36)");
        assertThat(this.clock.reads()).isZero();
    }

    @Test
    void aDisplayNameOfTwoHundredCharactersIsReturnedAndOneMoreIsRefused() {
        this.issuer.prepareCreate(RoomTokenRequest.forRoom("r").displayName("n".repeat(200)).build());

        assertRefused(RoomTokenRequest.forRoom("r").displayName("n".repeat(201)).build(), "displayName",
                "must be at most 200 characters, Zoom's limit on a user name in a session (was 201)");
    }

    @Test
    void aTtlOutsideZoomsBoundsIsRefusedNeverStretched() {
        for (Duration ttl : new Duration[] { Duration.ofSeconds(1799), Duration.ofSeconds(172_801),
                Duration.ofMinutes(10), Duration.ofDays(3), Duration.ofSeconds(1800).plusMillis(500) }) {
            assertRefused(RoomTokenRequest.forRoom("r").ttl(ttl).build(), "ttl",
                    "must be a whole number of seconds from 1800 to 172800 (Zoom's bounds on exp - iat), was " + ttl);
        }
    }

    @Test
    void aSessionKeyOfThirtySixCharactersIsTakenAndOneMoreIsRefused() {
        ZoomTokenOptions.builder().sessionKey("k".repeat(36)).build();

        assertOptionRefused(() -> ZoomTokenOptions.builder().sessionKey("k".repeat(37)).build(), "sessionKey",
                "must be at most 36 characters, Zoom's limit on session_key (was 37)");
        assertOptionRefused(() -> ZoomTokenOptions.builder().sessionKey(" ").build(), "sessionKey",
                "must not be blank when set");
    }

    @Test
    void geoRegionsWhenSetNameAtLeastOne() {
        assertOptionRefused(() -> ZoomTokenOptions.builder().geoRegions().build(), "geoRegions",
                "must name at least one region when set");
        assertOptionRefused(() -> ZoomTokenOptions.builder().geoRegions(EnumSet.noneOf(ZoomGeoRegion.class)).build(),
                "geoRegions", "must name at least one region when set");
    }

    @Test
    void aTelemetryTrackingIdIsNotBlank() {
        assertOptionRefused(() -> ZoomTokenOptions.builder().telemetryTrackingId("  ").build(), "telemetryTrackingId",
                "must not be blank when set");
    }

    private void assertRefused(RoomTokenRequest request, String field, String rule) {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.issuer.prepareCreate(request))
            .satisfies((ex) -> {
                assertThat(ex.field()).isEqualTo(field);
                assertThat(ex.rule()).isEqualTo(rule);
                assertThat(ex).hasMessage(field + " " + rule);
            });
        assertThat(this.clock.reads()).as("nothing signed").isZero();
    }

    private static void assertOptionRefused(Supplier<ZoomTokenOptions> options, String field, String rule) {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class).isThrownBy(options::get)
            .satisfies((ex) -> assertThat(ex).hasMessage(field + " " + rule));
    }

    private ZoomTokenIssuer issuer(ZoomIdentityClaim claim) {
        return ZoomTokenIssuer.builder()
            .sdkKey("key-1")
            .sdkSecret("zoom-video-sdk-secret-0123456789")
            .identityClaim(claim)
            .clock(this.clock)
            .build();
    }

    /** The documented characters, written out again here so the test does not reuse the code under test. */
    private static final class ZoomSessionNameTestAccess {

        static boolean allowed(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || " !#$%&()+-:;<=.>?@[]^_{}|~,\\".indexOf(c) >= 0;
        }
    }
}
