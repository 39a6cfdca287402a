package dev.roomtoken.test;

import java.net.URI;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.signalwire.SignalWireTokenIssuer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example of the emulator on its own, word for word between the markers
 * (ReadmeTestExampleTest holds the README to it).
 */
class ReadmeEmulatorExampleTest {

    @Test
    void readmeExampleWorksAsDocumented() {
        // README example starts
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            RoomTokenTemplate roomTokens = new RoomTokenTemplate(SignalWireTokenIssuer.builder()
                    .baseUrl(URI.create(emulator.setting("roomtoken.signalwire.base-url")))
                    .projectId(emulator.setting("roomtoken.signalwire.project-id"))
                    .apiToken(emulator.setting("roomtoken.signalwire.api-token"))
                    .build());

            emulator.enqueue(EmulatorFault.status(503), 2);          // the next two requests get a 503
            RoomToken token = roomTokens.createToken(RoomTokenRequest.forRoom("standup").build());

            assertThat(emulator.journal()).hasSize(3);               // two 503s, then the token
            assertThat(emulator.decodeClaims(token.token())).containsEntry("room_name", "standup");
        }
        // README example ends
    }
}
