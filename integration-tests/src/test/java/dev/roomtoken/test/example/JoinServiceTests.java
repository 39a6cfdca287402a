package dev.roomtoken.test.example;

import dev.roomtoken.test.EmulatorFault;
import dev.roomtoken.test.RecordedRequest;
import dev.roomtoken.test.RoomTokenEmulator;
import dev.roomtoken.test.context.AutoConfigureRoomTokenEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Spring Boot test example, word for word between the markers (ReadmeTestExampleTest
 * holds the README to it).
 */
// README example starts
@SpringBootTest
@AutoConfigureRoomTokenEmulator
class JoinServiceTests {

    @Autowired
    JoinService joinService;

    @Autowired
    RoomTokenEmulator emulator;

    @Test
    void mintsATokenForTheRoomAndUser() {
        String token = joinService.tokenFor("standup", "alice");

        assertThat(emulator.decodeClaims(token)).containsEntry("room_name", "standup")
            .containsEntry("user_name", "alice");
        assertThat(emulator.journal()).singleElement().satisfies((request) -> {
            assertThat(request.path()).isEqualTo("/api/video/room_tokens");
            assertThat(request.json()).containsEntry("room_name", "standup").containsEntry("user_name", "alice");
        });
    }

    @Test
    void retriesWhenTheProviderIsBusy() {
        emulator.enqueue(EmulatorFault.status(503));

        joinService.tokenFor("standup", "alice");

        assertThat(emulator.journal()).extracting(RecordedRequest::status).containsExactly(503, 200);
    }
}
// README example ends
