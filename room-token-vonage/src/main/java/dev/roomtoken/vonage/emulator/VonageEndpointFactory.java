package dev.roomtoken.vonage.emulator;

import dev.roomtoken.test.EmulatorEndpoint;
import dev.roomtoken.test.EmulatorEndpointContext;
import dev.roomtoken.test.EmulatorEndpointFactory;

/**
 * Gives each {@code RoomTokenEmulator} the Video API's session creation and working Vonage
 * credentials; registered in {@code META-INF/spring.factories}.
 */
final class VonageEndpointFactory implements EmulatorEndpointFactory {

    @Override
    public EmulatorEndpoint create(EmulatorEndpointContext context) {
        return new VonageEndpoint(context, VonageEmulatorKey.of(context));
    }
}
