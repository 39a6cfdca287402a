package dev.roomtoken.daily;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.roomtoken.daily.DailyTestServer.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each rule of Daily's references, checked before anything is sent or signed: the exception names
 * the field and the rule, and Daily's stand-in received nothing.
 */
class DailyValidationTest {

    private final DailyTestServer daily = new DailyTestServer();

    private final RoomTokenTemplate rest = new RoomTokenTemplate(this.daily.rest().build());

    private final RoomTokenTemplate selfSigned = new RoomTokenTemplate(this.daily.selfSigned().build());

    @AfterEach
    void stop() {
        this.daily.close();
    }

    /** https://docs.daily.co/reference/rest-api/rooms/create-room: /[^A-Za-z0-9_-]/ detects an invalid name. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "stand up", "a/b", "caf\u00e9", "a.b", "room?x=1" })
    void aRoomNameOutsideDailysCharactersIsRefused(String room) {
        assertRefused(RoomTokenRequest.forRoom(room).build(), "room", "must match ^[A-Za-z0-9_-]+$, Daily's room names");
    }

    /** https://docs.daily.co/reference/rest-api/rooms/create-room: "cannot exceed 128 characters". */
    @Test
    void aRoomNameOf128CharactersIsTakenAndOneMoreIsRefused() {
        this.rest.createToken(RoomTokenRequest.forRoom("r".repeat(128)).build());
        this.daily.server.resetRequests();

        assertRefused(RoomTokenRequest.forRoom("r".repeat(129)).build(), "room",
                "must be at most 128 characters, Daily's limit on a room name (was 129)");
    }

    /** https://docs.daily.co/reference/rest-api/meeting-tokens/create-meeting-token: "a limit of 36 characters". */
    @Test
    void anIdentityOf36CharactersIsTakenAndOneMoreIsRefused() {
        this.rest.createToken(RoomTokenRequest.forRoom("r").identity("i".repeat(36)).build());
        this.daily.server.resetRequests();

        assertRefused(RoomTokenRequest.forRoom("r").identity("i".repeat(37)).build(), "identity",
                "must be at most 36 characters, Daily's limit on user_id (was 37)");
    }

    @Test
    void aTtlIsAWholeNumberOfSeconds() {
        Duration ttl = Duration.ofMillis(1500);

        assertRefused(RoomTokenRequest.forRoom("r").ttl(ttl).build(), "ttl",
                "must be a positive whole number of seconds (exp is written in seconds), was PT1.5S");
    }

    @Test
    void aTtlPastTheLastInstantIsRefused() {
        assertRefused(RoomTokenRequest.forRoom("r").ttl(Duration.ofSeconds(Long.MAX_VALUE)).build(), "ttl",
                "is too long: it ends after the last instant there is");
    }

    @Test
    void anExplicitExpiryIsInTheFuture() {
        assertRefused(RoomTokenRequest.forRoom("r")
            .options(DailyTokenOptions.builder().expiresAt(NOW).build())
            .build(), "expiresAt", "must be in the future, was " + NOW);
    }

    @Test
    void notBeforeIsBeforeTheExpiryWhetherExplicitOrFromTheTtl() {
        assertRefused(RoomTokenRequest.forRoom("r")
            .ttl(Duration.ofMinutes(10))
            .options(DailyTokenOptions.builder().notBefore(NOW.plusSeconds(600)).build())
            .build(), "notBefore", "must be before the token expires (" + NOW.plusSeconds(600) + "), was "
                    + NOW.plusSeconds(600));
        assertOptionRefused(() -> DailyTokenOptions.builder()
            .notBefore(NOW.plusSeconds(60))
            .expiresAt(NOW.plusSeconds(30))
            .build(), "notBefore", "must be before the token expires (" + NOW.plusSeconds(30) + "), was "
                    + NOW.plusSeconds(60));
    }

    @Test
    void ejectAfterElapsedIsAPositiveWholeNumberOfSeconds() {
        for (Duration duration : new Duration[] { Duration.ZERO, Duration.ofSeconds(-1), Duration.ofMillis(2500),
                Duration.ofSeconds(Integer.MAX_VALUE + 1L) }) {
            assertOptionRefused(() -> DailyTokenOptions.builder().ejectAfterElapsed(duration).build(),
                    "ejectAfterElapsed", "must be a positive whole number of seconds up to 2147483647, was " + duration);
        }
    }

    @Test
    void redirectOnMeetingExitIsAnAbsoluteUrl() {
        assertOptionRefused(() -> DailyTokenOptions.builder().redirectOnMeetingExit(URI.create("/after")).build(),
                "redirectOnMeetingExit", "must be an absolute URL or deep link, with a scheme");
    }

    @Test
    void startCloudRecordingOptsIsJson() {
        assertOptionRefused(
                () -> DailyTokenOptions.builder().startCloudRecordingOpts(Map.of("stream", new Unserializable())).build(),
                "startCloudRecordingOpts", "must be serializable as a JSON object");
    }

    /** https://docs.daily.co/reference/daily-js/instance-methods/participants#permissionscanreceive-properties */
    @Test
    void canReceiveHasOnlyItsDocumentedKeys() {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> DailyPermissions.builder().canReceive(Map.of("everyone", true)).build())
            .withMessage("permissions.canReceive must have only the keys base, byUserId and byParticipantId, "
                    + "found [everyone]");
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> DailyPermissions.builder().canReceive(Map.of("base", new Unserializable())).build())
            .withMessage("permissions.canReceive must be serializable as a JSON object");
    }

    /** A value Jackson cannot write: its getter throws. */
    public static final class Unserializable {

        public String getValue() {
            throw new IllegalStateException("cannot be read");
        }
    }

    private void assertRefused(RoomTokenRequest request, String field, String rule) {
        for (RoomTokenTemplate template : new RoomTokenTemplate[] { this.rest, this.selfSigned }) {
            assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
                .isThrownBy(() -> template.createToken(request))
                .satisfies((ex) -> {
                    assertThat(ex.field()).isEqualTo(field);
                    assertThat(ex.rule()).isEqualTo(rule);
                    assertThat(ex.attempts()).isZero();
                });
        }
        this.daily.verifyNothingSent();
    }

    private static void assertOptionRefused(Supplier<DailyTokenOptions> options, String field, String rule) {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class).isThrownBy(options::get)
            .satisfies((ex) -> assertThat(ex).hasMessage(field + " " + rule));
    }
}
