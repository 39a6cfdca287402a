package dev.roomtoken.livekit.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.roomtoken.test.EmulatorEndpoint;
import dev.roomtoken.test.EmulatorEndpointContext;
import dev.roomtoken.test.EmulatorEndpointFactory;
import dev.roomtoken.test.SigningCredentials;

/**
 * LiveKit on the emulator: LiveKit's tokens are signed in-process, so the emulator has no API of
 * theirs to answer, only working credentials (random, or those a test fixes), which let an
 * application on the emulator mint LiveKit tokens without an account. Registered in
 * {@code META-INF/spring.factories}.
 */
final class LiveKitEmulatorCredentials implements EmulatorEndpointFactory {

    @Override
    public EmulatorEndpoint create(EmulatorEndpointContext context) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("roomtoken.livekit.api-key",
                context.setting("roomtoken.livekit.api-key", () -> "API" + context.randomHex(6)));
        settings.put("roomtoken.livekit.api-secret",
                context.setting("roomtoken.livekit.api-secret", () -> context.randomHex(32)));
        // no LiveKit server runs here: the address is what a local LiveKit server listens on
        settings.put("roomtoken.livekit.url", context.setting("roomtoken.livekit.url", () -> "ws://127.0.0.1:7880"));
        return new SigningCredentials("livekit", settings);
    }
}
