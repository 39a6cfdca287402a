package dev.roomtoken;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A minted token can be logged safely.
 */
class RoomTokenTest {

    @Test
    void toStringNeverPrintsTheTokenOrTheRefreshToken() {
        RoomToken token = new RoomToken("telnyx", "room-1", "eyJ.secret.token", Instant.EPOCH, "eyJ.secret.refresh",
                Instant.EPOCH);

        assertThat(token.toString()).doesNotContain("eyJ.secret.token", "eyJ.secret.refresh")
            .contains("provider=telnyx", "room=room-1", "token=******", "refreshToken=******");
    }

    @Test
    void toStringSaysWhenThereIsNoRefreshToken() {
        assertThat(new RoomToken("signalwire", "r", "t", null, null, null).toString()).contains("refreshToken=null");
    }
}
