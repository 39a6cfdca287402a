package dev.roomtoken.test;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.signalwire.SignalWireRoomTokenClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's emulator example, as written there, so the documentation cannot drift from the API.
 */
class ReadmeEmulatorExampleTest {

    @Test
    void readmeExampleWorksAsDocumented() {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            RoomTokenTemplate roomTokens = new RoomTokenTemplate(SignalWireRoomTokenClient.builder()
                .baseUrl(emulator.signalWireBaseUrl())
                .projectId(emulator.signalWireProjectId())
                .apiToken(emulator.signalWireApiToken())
                .build());

            emulator.enqueue(EmulatorFault.status(503), 2);
            RoomToken token = roomTokens.createToken(RoomTokenRequest.forRoom("standup").build());

            assertThat(emulator.journal()).hasSize(3);
            assertThat(emulator.decodeClaims(token.token())).containsEntry("room_name", "standup");
        }
    }
}
