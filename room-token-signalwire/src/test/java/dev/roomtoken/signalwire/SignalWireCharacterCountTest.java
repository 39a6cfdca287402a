package dev.roomtoken.signalwire;

import java.util.Map;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.roomtoken.signalwire.SignalWireOptionAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * SignalWire's limits count characters as Unicode code points (JSON Schema's {@code maxLength}):
 * an emoji outside the Basic Multilingual Plane, two UTF-16 units, is one character; a combining
 * mark is one character of its own. Exactly the limit passes, one more fails, and what passes is
 * sent as it was given.
 */
class SignalWireCharacterCountTest {

    /** U+1F600, one code point written as a surrogate pair. */
    private static final String EMOJI = "\uD83D\uDE00";

    /** An e and U+0301 COMBINING ACUTE ACCENT: one letter on screen, two code points. */
    private static final String E_ACUTE_DECOMPOSED = "e\u0301";

    @RegisterExtension
    final SignalWireTestServer signalWire = new SignalWireTestServer();

    @Test
    void aUserNameOf100EmojiIsSentAsItIs() {
        String userName = EMOJI.repeat(100);
        assertThat(userName).hasSize(200);

        this.signalWire.client().prepareCreate(RoomTokenRequest.forRoom("r").displayName(userName).build()).send().token();

        this.signalWire.verifyOnlyRequest("{\"room_name\":\"r\",\"user_name\":\"" + userName + "\"}");
    }

    @Test
    void aUserNameOf101EmojiIsRejectedCountingCodePoints() {
        assertInvalidRequest(RoomTokenRequest.forRoom("r").displayName(EMOJI.repeat(101)).build(), "displayName",
                "must be at most 100 characters, counted as Unicode code points (was 101)");
    }

    @Test
    void aUserNameOf99LettersAndOneEmojiIsAccepted() {
        this.signalWire.client()
            .prepareCreate(RoomTokenRequest.forRoom("r").displayName("u".repeat(99) + EMOJI).build())
            .send().token();

        assertThat(this.signalWire.onlyRequest().getBodyAsString()).contains("u".repeat(99) + EMOJI);
    }

    @Test
    void aCombiningMarkIsACharacterOfItsOwn() {
        String fifty = E_ACUTE_DECOMPOSED.repeat(50);

        this.signalWire.client().prepareCreate(RoomTokenRequest.forRoom("r").displayName(fifty).build()).send().token();
        assertInvalidRequest(RoomTokenRequest.forRoom("r").displayName(fifty + "e").build(), "displayName",
                "(was 101)");
    }

    @Test
    void aPrecomposedLetterIsOneCharacter() {
        String userName = "\u00e9".repeat(100);

        this.signalWire.client().prepareCreate(RoomTokenRequest.forRoom("r").displayName(userName).build()).send().token();

        this.signalWire.verifyOnlyRequest("{\"room_name\":\"r\",\"user_name\":\"" + userName + "\"}");
    }

    @Test
    void aRoomDisplayNameOf200EmojiIsAcceptedAnd201Rejected() {
        assertThat(options().roomDisplayName(EMOJI.repeat(200)).build().roomDisplayName()).hasSize(400);
        assertRejected(() -> options().roomDisplayName(EMOJI.repeat(201)).build(), "roomDisplayName",
                "must be at most 200 characters, counted as Unicode code points (was 201)");
    }

    @Test
    void aRoomDisplayNameOf200CombiningCharactersIsAcceptedAnd201Rejected() {
        String hundred = E_ACUTE_DECOMPOSED.repeat(100);

        assertThat(options().roomDisplayName(hundred).build().roomDisplayName()).isEqualTo(hundred);
        assertRejected(() -> options().roomDisplayName(hundred + "\u0301").build(), "roomDisplayName", "(was 201)");
    }

    @Test
    void metaOf2000CodePointsAsJsonIsAcceptedAnd2001Rejected() {
        // {"k":"..."} is 8 characters around the value
        assertThat(options().meta(Map.of("k", EMOJI.repeat(1992))).build().meta()).containsKey("k");
        assertRejected(() -> options().meta(Map.of("k", EMOJI.repeat(1993))).build(), "meta",
                "must be at most 2000 characters, counted as Unicode code points, when serialized to JSON (was 2001)");
        assertRejected(() -> options().roomMeta(Map.of("k", EMOJI.repeat(1993))).build(), "roomMeta", "(was 2001)");
    }

    private static SignalWireTokenOptionsBuilder options() {
        return SignalWireTokenOptions.builder();
    }

    private void assertInvalidRequest(RoomTokenRequest request, String field, String rule) {
        int before = this.signalWire.server.getAllServeEvents().size();
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.signalWire.client().prepareCreate(request))
            .satisfies((ex) -> {
                assertThat(ex.field()).isEqualTo(field);
                assertThat(ex.rule()).contains(rule);
            });
        assertThat(this.signalWire.server.getAllServeEvents()).hasSize(before);
    }
}
