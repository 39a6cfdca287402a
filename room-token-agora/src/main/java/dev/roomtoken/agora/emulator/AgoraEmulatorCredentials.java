package dev.roomtoken.agora.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.roomtoken.test.EmulatorEndpoint;
import dev.roomtoken.test.EmulatorEndpointContext;
import dev.roomtoken.test.EmulatorEndpointFactory;
import dev.roomtoken.test.SigningCredentials;

/**
 * Agora on the emulator: Agora's tokens are signed in-process, so the emulator has no API of
 * theirs to answer, only working credentials (random, or those a test fixes), which let an
 * application on the emulator mint Agora tokens without an account. Registered in
 * {@code META-INF/spring.factories}.
 */
final class AgoraEmulatorCredentials implements EmulatorEndpointFactory {

    @Override
    public EmulatorEndpoint create(EmulatorEndpointContext context) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("roomtoken.agora.app-id", context.setting("roomtoken.agora.app-id", () -> context.randomHex(16)));
        settings.put("roomtoken.agora.app-certificate",
                context.setting("roomtoken.agora.app-certificate", () -> context.randomHex(16)));
        return new SigningCredentials("agora", settings);
    }
}
