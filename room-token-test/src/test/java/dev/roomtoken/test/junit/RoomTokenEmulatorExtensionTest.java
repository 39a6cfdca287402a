package dev.roomtoken.test.junit;

import java.net.http.HttpResponse;

import dev.roomtoken.test.EmulatorFault;
import dev.roomtoken.test.EmulatorHttp;
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

    private final EmulatorHttp http;

    RoomTokenEmulatorExtensionTest(RoomTokenEmulator emulator) {
        this.emulator = emulator;
        this.http = new EmulatorHttp(emulator);
    }

    private HttpResponse<String> mint() throws Exception {
        return this.http.post("/fakevideo/v1/tokens", "{\"room\":\"standup\"}",
                "Bearer " + this.emulator.setting("roomtoken.fakevideo.api-key"));
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
    void aTestMintsAndLeavesFaultsQueued() throws Exception {
        assertThat(mint().statusCode()).isEqualTo(200);
        this.emulator.enqueue(EmulatorFault.status(401), 5);

        assertThat(this.emulator.journal()).hasSize(1);
    }

    @Test
    @Order(3)
    void theNextTestStartsWithAnEmptyJournalAndNoFaults() throws Exception {
        assertThat(this.emulator.journal()).isEmpty();

        assertThat(mint().statusCode()).isEqualTo(200);

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
