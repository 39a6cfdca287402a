package dev.roomtoken.signalwire;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenOptions;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.UnsupportedRoomTokenOperationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What goes on the wire for SignalWire: method, path, Basic credentials and the whole JSON body;
 * and what is never sent.
 */
class SignalWireRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static final String BASIC = "Basic cHJvamVjdC03ZjNhOlBULXRva2VuLTkxYzI=";

    private final WireMockServer signalWire = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    private final RoomTokenTemplate template;

    SignalWireRequestTest() {
        this.signalWire.start();
        this.signalWire.stubFor(post("/api/video/room_tokens").willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"token\":\"eyJ.minted.token\",\"added_later\":true}")));
        this.template = new RoomTokenTemplate(SignalWireRoomTokenClient.builder()
            .baseUrl(URI.create(this.signalWire.baseUrl()))
            .projectId("project-7f3a")
            .apiToken("PT-token-91c2")
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build());
    }

    @AfterEach
    void stop() {
        this.signalWire.stop();
    }

    @Test
    void minimalRequestSendsOnlyTheRoomName() {
        RoomToken token = this.template.createToken(RoomTokenRequest.forRoom("standup").build());

        this.signalWire.verify(1, postRequestedFor(urlEqualTo("/api/video/room_tokens"))
            .withHeader("Authorization", equalTo(BASIC))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("Accept", equalTo("application/json"))
            .withRequestBody(equalToJson("{\"room_name\":\"standup\"}", false, false)));
        assertThat(token).isEqualTo(new RoomToken("signalwire", "standup", "eyJ.minted.token", null, null, null));
    }

    @Test
    void everyOptionIsSentWithItsWireNameAndValue() {
        SignalWireTokenOptions options = SignalWireTokenOptions.builder()
            .permissions(SignalWirePermission.ROOM_SELF_AUDIO_MUTE, SignalWirePermission.ROOM_MEMBER_REMOVE)
            .permissionValues("room.future_permission")
            .joinAs(SignalWireJoinAs.MEMBER)
            .mediaAllowed(SignalWireMediaAllowed.AUDIO_ONLY)
            .joinFrom("2026-11-23")
            .removeAt("2026-11-24T10:00:00+01:00")
            .removeAfterSecondsElapsed(200_000)
            .joinAudioMuted(false)
            .joinVideoMuted(true)
            .autoCreateRoom(false)
            .enableRoomPreviews(true)
            .roomDisplayName("Daily standup")
            .endRoomSessionOnLeave(false)
            .roomMeta(Map.of("topic", "standup", "nested", Map.of("n", 1)))
            .meta(Map.of("role", "host"))
            .syncAudioVideo(true)
            .build();

        RoomToken token = this.template.createToken(RoomTokenRequest.forRoom("standup-1")
            .userName("alice")
            .ttl(Duration.ofMinutes(30))
            .options(options)
            .build());

        this.signalWire.verify(postRequestedFor(urlEqualTo("/api/video/room_tokens")).withRequestBody(equalToJson("""
                {"room_name":"standup-1","user_name":"alice",
                 "permissions":["room.self.audio_mute","room.member.remove","room.future_permission"],
                 "join_as":"member","media_allowed":"audio-only",
                 "join_from":"2026-11-23T00:00:00Z","join_until":"2026-11-23T10:30:00Z","remove_at":"2026-11-24T09:00:00Z",
                 "remove_after_seconds_elapsed":200000,"join_audio_muted":false,"join_video_muted":true,
                 "auto_create_room":false,"enable_room_previews":true,"room_display_name":"Daily standup",
                 "end_room_session_on_leave":false,"room_meta":{"topic":"standup","nested":{"n":1}},
                 "meta":{"role":"host"},"sync_audio_video":true}""", false, false)));
        assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-11-23T10:30:00Z"));
    }

    @Test
    void anExplicitJoinUntilWinsOverTheTtl() {
        RoomToken token = this.template.createToken(RoomTokenRequest.forRoom("r")
            .ttl(Duration.ofMinutes(5))
            .options(SignalWireTokenOptions.builder().joinUntil("2026-11-23T12:00:00Z").build())
            .build());

        this.signalWire.verify(postRequestedFor(urlEqualTo("/api/video/room_tokens"))
            .withRequestBody(equalToJson("{\"room_name\":\"r\",\"join_until\":\"2026-11-23T12:00:00Z\"}", false, false)));
        assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
    }

    @Test
    void audienceSendsAnEmptyPermissionListWhateverWasSet() {
        this.template.createToken(RoomTokenRequest.forRoom("r")
            .options(SignalWireTokenOptions.builder()
                .joinAs(SignalWireJoinAs.AUDIENCE)
                .permissions(SignalWirePermission.ROOM_SELF_AUDIO_MUTE)
                .build())
            .build());

        this.signalWire.verify(postRequestedFor(urlEqualTo("/api/video/room_tokens")).withRequestBody(
                equalToJson("{\"room_name\":\"r\",\"join_as\":\"audience\",\"permissions\":[]}", false, false)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "stand up", "standup.1", "café", "a/b", "" })
    void aRoomNameOutsideTheAllowedCharactersIsNeverSent(String room) {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.template.createToken(RoomTokenRequest.forRoom(room).build()))
            .satisfies((ex) -> assertThat(ex.field()).isEqualTo("room"));
        this.signalWire.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void namesTakeUpTo100Characters() {
        this.template.createToken(RoomTokenRequest.forRoom("a-Z_0".repeat(20)).userName("u".repeat(100)).build());

        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.template.createToken(RoomTokenRequest.forRoom("r".repeat(101)).build()))
            .satisfies((ex) -> assertThat(ex.field()).isEqualTo("room"))
            .withMessageContaining("at most 100");
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.template
                .createToken(RoomTokenRequest.forRoom("r").userName("u".repeat(101)).build()))
            .satisfies((ex) -> assertThat(ex.field()).isEqualTo("userName"));
        this.signalWire.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aJoinFromAfterTheTtlsJoinUntilIsNeverSent() {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.template.createToken(RoomTokenRequest.forRoom("r")
                .ttl(Duration.ofMinutes(5))
                .options(SignalWireTokenOptions.builder().joinFrom("2026-11-24").build())
                .build()))
            .satisfies((ex) -> assertThat(ex.field()).isEqualTo("joinFrom"));
        this.signalWire.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anotherProvidersOptionsAreAnIllegalArgument() {
        RoomTokenOptions foreign = new RoomTokenOptions() {
        };

        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.createToken(RoomTokenRequest.forRoom("r").options(foreign).build()))
            .withMessageContaining("SignalWireTokenOptions");
        this.signalWire.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void refreshIsNotOfferedAndNothingIsSent() {
        assertThatExceptionOfType(UnsupportedRoomTokenOperationException.class)
            .isThrownBy(() -> this.template.refreshToken("r", "anything"))
            .satisfies((ex) -> assertThat(ex.operation()).isEqualTo("refresh"));
        assertThatExceptionOfType(UnsupportedRoomTokenOperationException.class)
            .isThrownBy(() -> this.template.refreshToken(new RoomToken("signalwire", "r", "t", null, null, null)));
        this.signalWire.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theBuilderNeverPrintsTheApiToken() {
        assertThat(SignalWireRoomTokenClient.builder().space("example").projectId("p").apiToken("PT-secret").toString())
            .doesNotContain("PT-secret");
    }
}
