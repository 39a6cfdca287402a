package dev.roomtoken.test.example;

import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.test.EmulatorFault;
import dev.roomtoken.test.RoomTokenEmulator;
import dev.roomtoken.test.context.AutoConfigureRoomTokenEmulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one test leaves in the emulator (requests in the journal, faults it queued and never used)
 * is gone when the next test starts.
 */
@SpringBootTest
@AutoConfigureRoomTokenEmulator
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResetBetweenTestsTest {

    @Autowired
    private RoomTokenTemplate roomTokens;

    @Autowired
    private RoomTokenEmulator emulator;

    @Test
    @Order(1)
    void firstTestMintsAndLeavesFaultsQueued() {
        this.roomTokens.createToken(RoomTokenRequest.forRoom("standup").build());
        this.emulator.enqueue(EmulatorFault.status(401), 5);

        assertThat(this.emulator.journal()).hasSize(1);
    }

    @Test
    @Order(2)
    void secondTestStartsWithAnEmptyJournalAndNoFaults() {
        assertThat(this.emulator.journal()).isEmpty();

        this.roomTokens.createToken(RoomTokenRequest.forRoom("standup").build());

        assertThat(this.emulator.journal()).singleElement().satisfies((request) -> assertThat(request.status())
            .isEqualTo(200));
    }
}
