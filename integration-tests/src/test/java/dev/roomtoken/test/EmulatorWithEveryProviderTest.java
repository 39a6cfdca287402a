package dev.roomtoken.test;

import java.net.URI;

import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.signalwire.SignalWireTokenIssuer;
import dev.roomtoken.telnyx.TelnyxTokenIssuer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator with every provider module the starter brings: each provider's endpoint joins it,
 * SignalWire first; each request reaches its provider's endpoint; one journal and one fault queue
 * serve them all; and credentials are fixed for any of them through the one generic setting.
 */
class EmulatorWithEveryProviderTest {

    private static final String ROOM_ID = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

    @Test
    void everyProvidersEndpointJoinsSignalWireFirst() {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            assertThat(emulator.providers()).as("SignalWire first, then by name")
                .startsWith("signalwire")
                .containsSubsequence("agora", "livekit", "telnyx", "twilio", "vonage", "zoom");
            assertThat(emulator.settings()).containsKeys("roomtoken.signalwire.base-url",
                    "roomtoken.signalwire.project-id", "roomtoken.signalwire.api-token", "roomtoken.telnyx.base-url",
                    "roomtoken.telnyx.api-key", "roomtoken.livekit.api-secret", "roomtoken.vonage.private-key");
            assertThat(emulator.settings().keySet()).allSatisfy((property) -> assertThat(emulator.providers())
                .anyMatch((provider) -> property.startsWith("roomtoken." + provider + ".")));
        }
    }

    @Test
    void oneJournalAndOneFaultQueueServeEveryProvider() {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.builder()
            .setting("roomtoken.signalwire.project-id", "project-1")
            .setting("roomtoken.signalwire.api-token", "token-1")
            .setting("roomtoken.telnyx.api-key", "KEY1")
            .start()) {
            RoomTokenTemplate signalWire = new RoomTokenTemplate(SignalWireTokenIssuer.builder()
                .baseUrl(URI.create(emulator.setting("roomtoken.signalwire.base-url")))
                .projectId("project-1")
                .apiToken("token-1")
                .build());
            RoomTokenTemplate telnyx = new RoomTokenTemplate(TelnyxTokenIssuer.builder()
                .baseUrl(URI.create(emulator.setting("roomtoken.telnyx.base-url")))
                .apiKey("KEY1")
                .build());
            emulator.enqueue(EmulatorFault.status(503));
            emulator.enqueue(EmulatorFault.status(500));

            signalWire.createToken(RoomTokenRequest.forRoom("standup").build());
            telnyx.createToken(RoomTokenRequest.forRoom(ROOM_ID).build());

            assertThat(emulator.journal()).extracting((request) -> request.provider() + " " + request.status())
                .containsExactly("signalwire 503", "signalwire 500", "signalwire 200", "telnyx 201");
        }
    }
}
