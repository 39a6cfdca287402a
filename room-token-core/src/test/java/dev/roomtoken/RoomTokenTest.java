package dev.roomtoken;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * A minted token can be logged safely, and always has its provider, room and token.
 */
class RoomTokenTest {

    @Test
    void toStringNeverPrintsTheTokenOrTheRefreshToken() {
        RoomToken token = new RoomToken("telnyx", "room-1", "eyJ.secret.token", Instant.EPOCH, "eyJ.secret.refresh",
                Instant.EPOCH);

        assertThat(token.toString()).isEqualTo("RoomToken[provider=telnyx, room=room-1, token=******, "
                + "expiresAt=1970-01-01T00:00:00Z, refreshToken=******, refreshTokenExpiresAt=1970-01-01T00:00:00Z, join={}]");
    }

    @Test
    void toStringSaysWhenThereIsNoRefreshToken() {
        RoomToken token = new RoomToken("signalwire", "r", "eyJ.secret.token", null, null, null);

        assertThat(token.toString()).isEqualTo(
                "RoomToken[provider=signalwire, room=r, token=******, expiresAt=null, refreshToken=null, "
                        + "refreshTokenExpiresAt=null, join={}]");
    }

    @Test
    void providerRoomAndTokenAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> new RoomToken(null, "r", "t", null, null, null))
            .withMessage("provider");
        assertThatNullPointerException().isThrownBy(() -> new RoomToken("p", null, "t", null, null, null))
            .withMessage("room");
        assertThatNullPointerException().isThrownBy(() -> new RoomToken("p", "r", null, null, null, null))
            .withMessage("token");
    }

    @Test
    void joinDetailsKeepTheProvidersOrderAndCannotBeChanged() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("serverUrl", "wss://example.livekit.cloud");
        details.put("appId", "a1");
        details.put("uid", "42");
        RoomToken token = new RoomToken("p", "r", "t", null, null, null, details);
        details.put("later", "change");

        assertThat(token.join()).containsExactly(entry("serverUrl", "wss://example.livekit.cloud"),
                entry("appId", "a1"), entry("uid", "42"));
        assertThatExceptionOfType(UnsupportedOperationException.class)
            .isThrownBy(() -> token.join().put("uid", "43"));
        assertThat(token).hasToString("RoomToken[provider=p, room=r, token=******, expiresAt=null, refreshToken=null, "
                + "refreshTokenExpiresAt=null, join={serverUrl=wss://example.livekit.cloud, appId=a1, uid=42}]");
    }

    @Test
    void aJoinDetailNeedsANameAndAValue() {
        Map<String, String> noValue = new LinkedHashMap<>();
        noValue.put("uid", null);

        assertThatNullPointerException().isThrownBy(() -> new RoomToken("p", "r", "t", null, null, null, noValue))
            .withMessage("join detail uid");
        assertThatNullPointerException().isThrownBy(() -> new RoomToken("p", "r", "t", null, null, null, null))
            .withMessage("join");
    }
}
