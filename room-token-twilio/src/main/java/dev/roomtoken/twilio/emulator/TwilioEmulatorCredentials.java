package dev.roomtoken.twilio.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.roomtoken.test.EmulatorEndpoint;
import dev.roomtoken.test.EmulatorEndpointContext;
import dev.roomtoken.test.EmulatorEndpointFactory;
import dev.roomtoken.test.SigningCredentials;

/**
 * Twilio on the emulator: Twilio's tokens are signed in-process, so the emulator has no API of
 * theirs to answer, only working credentials (random, or those a test fixes), which let an
 * application on the emulator mint Twilio tokens without an account. Registered in
 * {@code META-INF/spring.factories}.
 */
final class TwilioEmulatorCredentials implements EmulatorEndpointFactory {

    @Override
    public EmulatorEndpoint create(EmulatorEndpointContext context) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("roomtoken.twilio.account-sid",
                context.setting("roomtoken.twilio.account-sid", () -> "AC" + context.randomHex(16)));
        settings.put("roomtoken.twilio.api-key-sid",
                context.setting("roomtoken.twilio.api-key-sid", () -> "SK" + context.randomHex(16)));
        settings.put("roomtoken.twilio.api-key-secret",
                context.setting("roomtoken.twilio.api-key-secret", () -> context.randomHex(16)));
        return new SigningCredentials("twilio", settings);
    }
}
