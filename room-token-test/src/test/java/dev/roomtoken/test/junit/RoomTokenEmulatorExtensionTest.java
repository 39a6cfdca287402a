package dev.roomtoken.test.junit;

import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.signalwire.SignalWireTokenIssuer;
import dev.roomtoken.test.EmulatorFault;
import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extension as a test without Spring uses it: one emulator for the class, injected into the
 * constructor, lifecycle and test methods, and cleared before each test.
 */
@ExtendWith(RoomTokenEmulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoomTokenEmulatorExtensionTest {

    private static RoomTokenEmulator forTheClass;

    private final RoomTokenEmulator emulator;

    private final RoomTokenTemplate roomTokens;

    RoomTokenEmulatorExtensionTest(RoomTokenEmulator emulator) {
        this.emulator = emulator;
        this.roomTokens = new RoomTokenTemplate(SignalWireTokenIssuer.builder()
            .baseUrl(emulator.signalWireBaseUrl())
            .projectId(emulator.signalWireProjectId())
            .apiToken(emulator.signalWireApiToken())
            .build());
    }

    @BeforeAll
    static void rememberTheClassesEmulator(RoomTokenEmulator emulator) {
        forTheClass = emulator;
    }

    @Test
    @Order(1)
    void oneEmulatorServesTheWholeClass(RoomTokenEmulator parameter) {
        assertThat(parameter).isSameAs(this.emulator).isSameAs(forTheClass);
        assertThat(parameter.baseUrl()).hasScheme("http").hasHost("127.0.0.1");
    }

    @Test
    @Order(2)
    void aTestMintsAndLeavesFaultsQueued() {
        this.roomTokens.createToken(RoomTokenRequest.forRoom("standup").build());
        this.emulator.enqueue(EmulatorFault.status(401), 5);

        assertThat(this.emulator.journal()).hasSize(1);
    }

    @Test
    @Order(3)
    void theNextTestStartsWithAnEmptyJournalAndNoFaults() {
        assertThat(this.emulator.journal()).isEmpty();

        this.roomTokens.createToken(RoomTokenRequest.forRoom("standup").build());

        assertThat(this.emulator.journal()).singleElement().satisfies((request) -> assertThat(request.status())
            .isEqualTo(200));
    }

    @Nested
    class NestedTests {

        @Test
        void shareTheEnclosingClassesEmulator(RoomTokenEmulator emulator) {
            assertThat(emulator).isSameAs(forTheClass);
            assertThat(emulator.journal()).isEmpty();
        }
    }
}
