package dev.roomtoken.signalwire;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.roomtoken.signalwire.SignalWireTestServer.MINTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly what the client sends to SignalWire, through the client itself: POST
 * {@code /api/video/room_tokens} with Basic credentials, a JSON content type and the whole body;
 * and the token it makes of the answer. The clock stands at 2026-11-23T10:00:00Z.
 */
class SignalWireTokenIssuerRequestTest {

    @RegisterExtension
    final SignalWireTestServer signalWire = new SignalWireTestServer();

    private final SignalWireTokenIssuer client = this.signalWire.client();

    @Test
    void aMinimalRequestSendsOnlyTheRoomName() {
        RoomToken token = create(RoomTokenRequest.forRoom("standup"));

        this.signalWire.verifyOnlyRequest("{\"room_name\":\"standup\"}");
        assertThat(token).isEqualTo(new RoomToken("signalwire", "standup", MINTED, null, null, null));
    }

    @Test
    void everyOptionIsSentUnderItsWireName() {
        SignalWireTokenOptions options = SignalWireTokenOptions.builder()
            .permissions(SignalWirePermission.ROOM_SELF_AUDIO_MUTE, SignalWirePermission.ROOM_MEMBER_REMOVE)
            .joinAs(SignalWireJoinAs.MEMBER)
            .mediaAllowed(SignalWireMediaAllowed.AUDIO_ONLY)
            .joinFrom("2026-11-23")
            .removeAt("2026-11-24T10:00:00+01:00")
            .removeAfterSecondsElapsed(200_000)
            .joinAudioMuted(true)
            .joinVideoMuted(true)
            .autoCreateRoom(true)
            .enableRoomPreviews(true)
            .roomDisplayName("Daily standup")
            .endRoomSessionOnLeave(true)
            .roomMeta(Map.of("topic", "standup", "nested", Map.of("n", 1, "list", List.of(1, "two"))))
            .meta(Map.of("role", "host"))
            .syncAudioVideo(true)
            .build();

        RoomToken token = create(RoomTokenRequest.forRoom("standup-1")
            .displayName("Alice Ångström")
            .ttl(Duration.ofMinutes(30))
            .options(options));

        this.signalWire.verifyOnlyRequest("""
                {"room_name": "standup-1", "user_name": "Alice Ångström",
                 "permissions": ["room.self.audio_mute", "room.member.remove"],
                 "join_as": "member", "media_allowed": "audio-only",
                 "join_from": "2026-11-23T00:00:00Z", "join_until": "2026-11-23T10:30:00Z",
                 "remove_at": "2026-11-24T09:00:00Z", "remove_after_seconds_elapsed": 200000,
                 "join_audio_muted": true, "join_video_muted": true, "auto_create_room": true,
                 "enable_room_previews": true, "room_display_name": "Daily standup",
                 "end_room_session_on_leave": true,
                 "room_meta": {"topic": "standup", "nested": {"n": 1, "list": [1, "two"]}},
                 "meta": {"role": "host"}, "sync_audio_video": true}""");
        assertThat(token).isEqualTo(new RoomToken("signalwire", "standup-1", MINTED,
                Instant.parse("2026-11-23T10:30:00Z"), null, null));
    }

    @Test
    void theTtlBecomesJoinUntilCountedFromTheClockAndIsTheExpiry() {
        RoomToken token = create(RoomTokenRequest.forRoom("r").ttl(Duration.ofSeconds(90)));

        this.signalWire.verifyOnlyRequest("{\"room_name\":\"r\",\"join_until\":\"2026-11-23T10:01:30Z\"}");
        assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-11-23T10:01:30Z"));
    }

    @Test
    void anExplicitJoinUntilWinsOverTheTtl() {
        RoomToken token = create(RoomTokenRequest.forRoom("r")
            .ttl(Duration.ofMinutes(5))
            .options(SignalWireTokenOptions.builder().joinUntil("2026-11-23T12:00:00+01:00").build()));

        this.signalWire.verifyOnlyRequest("{\"room_name\":\"r\",\"join_until\":\"2026-11-23T11:00:00Z\"}");
        assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-11-23T11:00:00Z"));
    }

    @Test
    void audienceSendsAnEmptyPermissionListEvenWhenPermissionsWereSet() {
        create(RoomTokenRequest.forRoom("r")
            .options(SignalWireTokenOptions.builder()
                .permissions(SignalWirePermission.ROOM_SELF_AUDIO_MUTE)
                .permissionValues("room.self.video_mute")
                .joinAs(SignalWireJoinAs.AUDIENCE)
                .build()));

        this.signalWire.verifyOnlyRequest("{\"room_name\":\"r\",\"join_as\":\"audience\",\"permissions\":[]}");
    }

    @Test
    void aPermissionStringTheEnumDoesNotKnowIsSentAsItIs() {
        create(RoomTokenRequest.forRoom("r")
            .options(SignalWireTokenOptions.builder()
                .permissions(SignalWirePermission.ROOM_SELF_SCREENSHARE)
                .permissionValues("room.future.permission")
                .build()));

        this.signalWire.verifyOnlyRequest(
                "{\"room_name\":\"r\",\"permissions\":[\"room.self.screenshare\",\"room.future.permission\"]}");
    }

    @Test
    void anEmptyPermissionListIsSentEmpty() {
        create(RoomTokenRequest.forRoom("r").options(SignalWireTokenOptions.builder().permissions().build()));

        this.signalWire.verifyOnlyRequest("{\"room_name\":\"r\",\"permissions\":[]}");
    }

    @Test
    void booleansSetToFalseAreSentAsFalse() {
        create(RoomTokenRequest.forRoom("r")
            .options(SignalWireTokenOptions.builder()
                .joinAudioMuted(false)
                .joinVideoMuted(false)
                .autoCreateRoom(false)
                .enableRoomPreviews(false)
                .endRoomSessionOnLeave(false)
                .syncAudioVideo(false)
                .build()));

        this.signalWire.verifyOnlyRequest("""
                {"room_name": "r", "join_audio_muted": false, "join_video_muted": false, "auto_create_room": false,
                 "enable_room_previews": false, "end_room_session_on_leave": false, "sync_audio_video": false}""");
    }

    @Test
    void theClientsDefaultsAreSentUnderTheRequestsOptions() {
        SignalWireTokenIssuer withDefaults = this.signalWire.clientBuilder()
            .defaults(SignalWireTokenOptions.builder()
                .autoCreateRoom(false)
                .roomDisplayName("Default room")
                .mediaAllowed(SignalWireMediaAllowed.VIDEO_ONLY)
                .build())
            .build();

        withDefaults.prepareCreate(RoomTokenRequest.forRoom("r")
            .options(SignalWireTokenOptions.builder().roomDisplayName("Mine").syncAudioVideo(true).build())
            .build()).send().token();

        this.signalWire.verifyOnlyRequest("""
                {"room_name": "r", "auto_create_room": false, "room_display_name": "Mine",
                 "media_allowed": "video-only", "sync_audio_video": true}""");
    }

    @Test
    void theSameCallSendsTheSameBodyEachTimeItIsExecuted() {
        var call = this.client.prepareCreate(RoomTokenRequest.forRoom("r").ttl(Duration.ofMinutes(1)).build());

        call.send().token();
        call.send().token();

        assertThat(this.signalWire.server.getAllServeEvents()).hasSize(2)
            .allSatisfy((event) -> assertThat(event.getRequest().getBodyAsString())
                .isEqualTo("{\"room_name\":\"r\",\"join_until\":\"2026-11-23T10:01:00Z\"}"));
    }

    private RoomToken create(RoomTokenRequest.Builder request) {
        return this.client.prepareCreate(request.build()).send().token();
    }
}
