package dev.roomtoken.test.example;

import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.test.RoomTokenEmulator;
import dev.roomtoken.test.context.AutoConfigureRoomTokenEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties the test gives inline win over the emulator's: {@code roomtoken.provider} picks the
 * primary, and a base URL of the test's own replaces the emulator's.
 */
@SpringBootTest(properties = { "roomtoken.provider=telnyx", "roomtoken.signalwire.base-url=http://127.0.0.1:9" })
@AutoConfigureRoomTokenEmulator
class InlinedProviderTest {

    @Autowired
    private RoomTokenTemplate primary;

    @Autowired
    private RoomTokenEmulator emulator;

    @Autowired
    private Environment environment;

    @Test
    void theTestsOwnProviderIsThePrimary() {
        assertThat(this.primary.provider()).isEqualTo("telnyx");
    }

    @Test
    void theTestsOwnBaseUrlWinsAndTheOtherSettingsStillComeFromTheEmulator() {
        assertThat(this.environment.getProperty("roomtoken.signalwire.base-url")).isEqualTo("http://127.0.0.1:9");
        assertThat(this.environment.getProperty("roomtoken.signalwire.api-token"))
            .isEqualTo(this.emulator.setting("roomtoken.signalwire.api-token"));
    }
}
