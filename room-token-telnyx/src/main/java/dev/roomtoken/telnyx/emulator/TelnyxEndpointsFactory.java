package dev.roomtoken.telnyx.emulator;

import dev.roomtoken.test.EmulatorEndpoint;
import dev.roomtoken.test.EmulatorEndpointContext;
import dev.roomtoken.test.EmulatorEndpointFactory;

/**
 * Gives each {@code RoomTokenEmulator} Telnyx's endpoints; registered in
 * {@code META-INF/spring.factories}.
 */
final class TelnyxEndpointsFactory implements EmulatorEndpointFactory {

    @Override
    public EmulatorEndpoint create(EmulatorEndpointContext context) {
        return new TelnyxEndpoints(context);
    }
}
