package dev.roomtoken;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
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
                + "expiresAt=1970-01-01T00:00:00Z, refreshToken=******, refreshTokenExpiresAt=1970-01-01T00:00:00Z]");
    }

    @Test
    void toStringSaysWhenThereIsNoRefreshToken() {
        RoomToken token = new RoomToken("signalwire", "r", "eyJ.secret.token", null, null, null);

        assertThat(token.toString()).isEqualTo(
                "RoomToken[provider=signalwire, room=r, token=******, expiresAt=null, refreshToken=null, "
                        + "refreshTokenExpiresAt=null]");
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
}
