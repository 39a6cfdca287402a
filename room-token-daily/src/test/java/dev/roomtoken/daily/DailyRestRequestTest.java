package dev.roomtoken.daily;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.roomtoken.Issuance;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenOptions;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signing.DecodedJwt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.roomtoken.daily.DailyTestServer.MINTED;
import static dev.roomtoken.daily.DailyTestServer.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The exact body REST mode sends for each portable field and option, named as the create meeting
 * token reference names them (https://docs.daily.co/reference/rest-api/meeting-tokens/create-meeting-token),
 * and the token it returns.
 */
class DailyRestRequestTest {

    private final DailyTestServer daily = new DailyTestServer();

    @AfterEach
    void stop() {
        this.daily.close();
    }

    @Test
    void aMinimalRequestSendsTheRoomAndTheDefaultExpiryDailyRecommends() {
        RoomToken token = send(this.daily.rest().build(), RoomTokenRequest.forRoom("standup").build());

        assertThat(this.daily.onlyRequest().getBodyAsString())
            .isEqualTo("{\"properties\":{\"room_name\":\"standup\",\"exp\":" + (NOW.getEpochSecond() + 3600) + "}}");
        assertThat(token).isEqualTo(new RoomToken("daily", "standup", MINTED, NOW.plusSeconds(3600), null, null));
    }

    @Test
    void everyOptionIsSentUnderItsDocumentedName() {
        send(this.daily.rest().build(), RoomTokenRequest.forRoom("standup")
            .identity("u-42")
            .displayName("Alice")
            .ttl(Duration.ofMinutes(30))
            .options(DailyTokenOptions.builder()
                .notBefore(Instant.parse("2027-03-01T11:59:30.750Z"))
                .owner(false)
                .ejectAtTokenExp(true)
                .ejectAfterElapsed(Duration.ofSeconds(600))
                .enableScreenshare(true)
                .startVideoOff(true)
                .startAudioOff(true)
                .enableRecording(DailyRecording.CLOUD)
                .enablePrejoinUi(true)
                .enableLiveCaptionsUi(false)
                .enableRecordingUi(true)
                .enableTerseLogging(true)
                .knocking(false)
                .startCloudRecording(true)
                .startCloudRecordingOpts(Map.of("maxDuration", 3600))
                .autoStartTranscription(false)
                .closeTabOnExit(false)
                .redirectOnMeetingExit(URI.create("myapp://call-ended"))
                .lang(DailyLanguage.DE)
                .permissions(DailyPermissions.builder()
                    .hasPresence(true)
                    .canSend(DailyMediaType.VIDEO, DailyMediaType.AUDIO, DailyMediaType.SCREEN_VIDEO)
                    .canReceive(Map.of("base", false))
                    .canAdmin(DailyAdminTask.PARTICIPANTS, DailyAdminTask.TRANSCRIPTION)
                    .build())
                .build())
            .build());

        assertThat(this.daily.sentProperties()).isEqualTo(DecodedJwt.json("""
                {"room_name": "standup", "nbf": %d, "exp": %d, "user_id": "u-42", "user_name": "Alice",
                 "is_owner": false, "eject_at_token_exp": true, "eject_after_elapsed": 600, "enable_screenshare": true,
                 "start_video_off": true, "start_audio_off": true, "enable_recording": "cloud",
                 "enable_prejoin_ui": true, "enable_live_captions_ui": false, "enable_recording_ui": true,
                 "enable_terse_logging": true, "knocking": false, "start_cloud_recording": true,
                 "start_cloud_recording_opts": {"maxDuration": 3600}, "auto_start_transcription": false,
                 "close_tab_on_exit": false, "redirect_on_meeting_exit": "myapp://call-ended", "lang": "de",
                 "permissions": {"hasPresence": true, "canSend": ["video", "audio", "screenVideo"],
                                 "canReceive": {"base": false}, "canAdmin": ["participants", "transcription"]}}"""
            .formatted(NOW.getEpochSecond() - 30, NOW.getEpochSecond() + 1800)));
    }

    @Test
    void permissionsCanGrantAllOrNothing() {
        send(this.daily.rest().build(), RoomTokenRequest.forRoom("standup")
            .options(DailyTokenOptions.builder()
                .permissions(DailyPermissions.builder().canSend(false).canAdmin(true).build())
                .build())
            .build());

        assertThat(this.daily.sentProperties()).containsEntry("permissions",
                DecodedJwt.json("{\"canSend\": false, \"canAdmin\": true}"));
    }

    @Test
    void nonAsciiNamesAreSentAsUtf8() {
        send(this.daily.rest().build(),
                RoomTokenRequest.forRoom("r").identity("Zoë-用户-😀").displayName("Åsa Öberg 李雷 😀").build());

        assertThat(this.daily.sentProperties()).containsEntry("user_id", "Zoë-用户-😀")
            .containsEntry("user_name", "Åsa Öberg 李雷 😀");
    }

    @Test
    void aRequestsOptionsOverrideTheDefaultsFieldByFieldAndTheDefaultTtlApplies() {
        DailyTokenIssuer issuer = this.daily.rest()
            .tokenTtl(Duration.ofMinutes(10))
            .defaults(DailyTokenOptions.builder().owner(true).lang(DailyLanguage.FR).build())
            .build();

        send(issuer, RoomTokenRequest.forRoom("r").options(DailyTokenOptions.builder().owner(false).build()).build());

        assertThat(this.daily.sentProperties()).isEqualTo(DecodedJwt.json("""
                {"room_name": "r", "exp": %d, "is_owner": false, "lang": "fr"}""".formatted(NOW.getEpochSecond() + 600)));
    }

    @Test
    void theRoomUrlIsReturnedWhenTheDomainNameIsConfigured() {
        RoomToken withUrl = send(this.daily.rest().domainName("example").build(),
                RoomTokenRequest.forRoom("standup").build());
        RoomToken fullName = send(this.daily.rest().domainName("acme-video.daily.co").build(),
                RoomTokenRequest.forRoom("standup").build());

        assertThat(withUrl.join()).containsExactly(Map.entry("roomUrl", "https://example.daily.co/standup"));
        assertThat(fullName.join()).containsExactly(Map.entry("roomUrl", "https://acme-video.daily.co/standup"));
    }

    @Test
    void anotherProvidersOptionsAreRefused() {
        RoomTokenOptions foreign = new RoomTokenOptions() {
        };

        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.daily.rest().build().prepareCreate(RoomTokenRequest.forRoom("r").options(foreign).build()))
            .withMessageEndingWith(" cannot be used with Daily; use DailyTokenOptions");
        this.daily.verifyNothingSent();
    }

    private static RoomToken send(DailyTokenIssuer issuer, RoomTokenRequest request) {
        return ((Issuance.Exchange) issuer.prepareCreate(request)).send().token();
    }
}
