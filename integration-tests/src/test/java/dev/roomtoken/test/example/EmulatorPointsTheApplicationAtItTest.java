package dev.roomtoken.test.example;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.test.RoomTokenEmulator;
import dev.roomtoken.test.context.AutoConfigureRoomTokenEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureRoomTokenEmulator} sets every provider's base URL and credentials to the
 * emulator's, over the application's own {@code application.yml} (which holds the README's
 * SignalWire configuration with unset environment variables), and SignalWire is the primary.
 */
@SpringBootTest
@AutoConfigureRoomTokenEmulator
class EmulatorPointsTheApplicationAtItTest {

    private static final String ROOM_ID = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

    @Autowired
    private RoomTokenEmulator emulator;

    @Autowired
    private Environment environment;

    @Autowired
    private RoomTokenTemplate primary;

    @Autowired
    @Qualifier("telnyxRoomTokenTemplate")
    private RoomTokenTemplate telnyx;

    @Test
    void everyProviderIsPointedAtTheEmulatorWithTheCredentialsItAccepts() {
        assertThat(this.emulator.providers()).as("SignalWire first, then by name")
            .startsWith("signalwire")
            .containsSubsequence("agora", "livekit", "telnyx", "twilio", "vonage", "zoom");
        assertThat(this.emulator.settings()).containsKeys("roomtoken.signalwire.base-url",
                "roomtoken.signalwire.project-id", "roomtoken.signalwire.api-token", "roomtoken.telnyx.base-url",
                "roomtoken.telnyx.api-key", "roomtoken.livekit.api-secret", "roomtoken.vonage.private-key");
        assertThat(this.emulator.settings().keySet()).allSatisfy((property) -> assertThat(this.emulator.providers())
            .anyMatch((provider) -> property.startsWith("roomtoken." + provider + ".")));
        this.emulator.settings()
            .forEach((property, value) -> assertThat(this.environment.getProperty(property)).as(property)
                .isEqualTo(value));
        assertThat(this.environment.getProperty("roomtoken.signalwire.base-url"))
            .isEqualTo(this.emulator.baseUrl().toString())
            .startsWith("http://127.0.0.1:");
        assertThat(this.environment.getProperty("roomtoken.telnyx.base-url"))
            .isEqualTo(this.emulator.baseUrl() + "/v2");
    }

    @Test
    void signalWireIsThePrimaryWhenTheApplicationNamesNoProvider() {
        RoomToken token = this.primary.createToken(RoomTokenRequest.forRoom("standup").build());

        assertThat(this.primary.provider()).isEqualTo("signalwire");
        assertThat(this.emulator.decodeClaims(token.token())).containsEntry("room_name", "standup");
        assertThat(this.emulator.journal()).singleElement().satisfies((request) -> {
            assertThat(request.provider()).isEqualTo("signalwire");
            assertThat(request.status()).isEqualTo(200);
        });
    }

    @Test
    void telnyxMintsAgainstTheSameEmulator() {
        RoomToken token = this.telnyx.createToken(RoomTokenRequest.forRoom(ROOM_ID).build());
        RoomToken refreshed = this.telnyx.refreshToken(token);

        assertThat(this.emulator.decodeClaims(refreshed.token())).containsEntry("room_id", ROOM_ID);
        assertThat(this.emulator.journal()).extracting((request) -> request.path() + " " + request.status())
            .containsExactly("/v2/rooms/" + ROOM_ID + "/actions/generate_join_client_token 201",
                    "/v2/rooms/" + ROOM_ID + "/actions/refresh_client_token 201");
    }
}
