package dev.roomtoken.test.example;

import java.net.URI;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.telnyx.TelnyxTokenIssuer;
import dev.roomtoken.test.EmulatorFault;
import dev.roomtoken.test.RoomTokenEmulator;
import dev.roomtoken.test.junit.RoomTokenEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example of a test without Spring, word for word between the markers
 * (ReadmeTestExampleTest holds the README to it).
 */
// README example starts
@ExtendWith(RoomTokenEmulatorExtension.class)
class TelnyxTokenTests {

    static final String ROOM = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

    final RoomTokenTemplate roomTokens;

    TelnyxTokenTests(RoomTokenEmulator emulator) {
        roomTokens = new RoomTokenTemplate(TelnyxTokenIssuer.builder()
                .baseUrl(URI.create(emulator.setting("roomtoken.telnyx.base-url")))
                .apiKey(emulator.setting("roomtoken.telnyx.api-key"))
                .build());
    }

    @Test
    void refreshesWithoutTheApiKey(RoomTokenEmulator emulator) {
        RoomToken token = roomTokens.createToken(RoomTokenRequest.forRoom(ROOM).build());
        RoomToken fresh = roomTokens.refreshToken(token);

        assertThat(emulator.decodeClaims(fresh.token())).containsEntry("room_id", ROOM);
        assertThat(emulator.journal().get(1).header("Authorization")).isNull();
    }

    @Test
    void retriesWhenTheProviderIsBusy(RoomTokenEmulator emulator) {
        emulator.enqueue(EmulatorFault.status(503), 2);          // the next two requests get a 503

        roomTokens.createToken(RoomTokenRequest.forRoom(ROOM).build());

        assertThat(emulator.journal()).hasSize(3);               // the journal was empty when the test began
    }
}
// README example ends
