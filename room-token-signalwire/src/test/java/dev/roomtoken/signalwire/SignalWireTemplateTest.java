package dev.roomtoken.signalwire;

import java.time.Duration;
import java.time.Instant;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.UnsupportedRoomTokenOperationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.roomtoken.signalwire.SignalWireTestServer.MINTED;
import static dev.roomtoken.signalwire.SignalWireTestServer.assertNoSecretIn;
import static dev.roomtoken.signalwire.SignalWireTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * SignalWire through {@link RoomTokenTemplate}, as an application uses it: the same wire request
 * as the client's, and what the template refuses before sending anything.
 */
class SignalWireTemplateTest {

    @RegisterExtension
    final SignalWireTestServer signalWire = new SignalWireTestServer();

    private final RoomTokenTemplate template = new RoomTokenTemplate(this.signalWire.client());

    @Test
    void theTemplateTalksToSignalWire() {
        assertThat(this.template.provider()).isEqualTo("signalwire");
    }

    @Test
    void aMinimalRequestSendsOnlyTheRoomName() {
        RoomToken token = this.template.createToken(RoomTokenRequest.forRoom("standup").build());

        this.signalWire.verifyOnlyRequest("{\"room_name\":\"standup\"}");
        assertThat(token).isEqualTo(new RoomToken("signalwire", "standup", MINTED, null, null, null));
    }

    @Test
    void displayNameTtlAndOptionsAreSentAndIdentityIsNotSinceSignalWireTokensCarryNoUserId() {
        RoomToken token = this.template.createToken(RoomTokenRequest.forRoom("standup")
            .identity("u-42")
            .displayName("alice")
            .ttl(Duration.ofMinutes(30))
            .options(SignalWireTokenOptions.builder()
                .joinAs(SignalWireJoinAs.AUDIENCE)
                .permissions(SignalWirePermission.ROOM_SELF_AUDIO_MUTE)
                .joinVideoMuted(false)
                .build())
            .build());

        this.signalWire.verifyOnlyRequest("""
                {"room_name": "standup", "user_name": "alice", "join_until": "2026-11-23T10:30:00Z",
                 "join_as": "audience", "permissions": [], "join_video_muted": false}""");
        assertThat(token).isEqualTo(new RoomToken("signalwire", "standup", MINTED,
                Instant.parse("2026-11-23T10:30:00Z"), null, null));
    }

    @Test
    void anInvalidRequestIsNeverSent() {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.template.createToken(RoomTokenRequest.forRoom("stand up").build()))
            .satisfies((ex) -> {
                assertThat(ex.field()).isEqualTo("room");
                assertThat(ex.attempts()).isZero();
            });
        this.signalWire.verifyNothingSent();
    }

    @Test
    void aRefusedRequestIsSentOnceAndNotRetried() {
        this.signalWire.answer(json(401, "{\"error\":\"Unauthorized\"}"));

        assertThatExceptionOfType(RoomTokenProviderException.class)
            .isThrownBy(() -> this.template.createToken(RoomTokenRequest.forRoom("r").build()))
            .satisfies((ex) -> {
                assertThat(ex.statusCode()).isEqualTo(401);
                assertThat(ex.attempts()).isEqualTo(1);
                assertNoSecretIn(ex);
            });
        this.signalWire.verifyOnlyRequest("{\"room_name\":\"r\"}");
    }

    @Test
    void refreshingARoomAndRefreshTokenIsNotOfferedAndNothingIsSent() {
        assertThatExceptionOfType(UnsupportedRoomTokenOperationException.class)
            .isThrownBy(() -> this.template.refreshToken("standup", "any-refresh-token"))
            .satisfies((ex) -> {
                assertThat(ex.provider()).isEqualTo("signalwire");
                assertThat(ex.operation()).isEqualTo("refresh");
                assertThat(ex.isRetryable()).isFalse();
            })
            .withMessage("signalwire does not offer the 'refresh' operation");
        this.signalWire.verifyNothingSent();
    }

    @Test
    void refreshingAMintedTokenIsNotOfferedAndNothingIsSent() {
        RoomToken previous = new RoomToken("signalwire", "standup", MINTED, null, null, null);

        assertThatExceptionOfType(UnsupportedRoomTokenOperationException.class)
            .isThrownBy(() -> this.template.refreshToken(previous))
            .satisfies((ex) -> assertThat(ex.operation()).isEqualTo("refresh"));
        this.signalWire.verifyNothingSent();
    }
}
