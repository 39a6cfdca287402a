package dev.roomtoken.zoom.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.roomtoken.test.EmulatorEndpoint;
import dev.roomtoken.test.EmulatorEndpointContext;
import dev.roomtoken.test.EmulatorEndpointFactory;
import dev.roomtoken.test.SigningCredentials;

/**
 * Zoom on the emulator: Zoom's tokens are signed in-process, so the emulator has no API of
 * theirs to answer, only working credentials (random, or those a test fixes), which let an
 * application on the emulator mint Zoom tokens without an account. Registered in
 * {@code META-INF/spring.factories}.
 */
final class ZoomEmulatorCredentials implements EmulatorEndpointFactory {

    @Override
    public EmulatorEndpoint create(EmulatorEndpointContext context) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("roomtoken.zoom.sdk-key", context.setting("roomtoken.zoom.sdk-key", () -> context.randomHex(11)));
        settings.put("roomtoken.zoom.sdk-secret",
                context.setting("roomtoken.zoom.sdk-secret", () -> context.randomHex(18)));
        return new SigningCredentials("zoom", settings);
    }
}
