package dev.roomtoken.daily.emulator;

import dev.roomtoken.test.EmulatorEndpoint;
import dev.roomtoken.test.EmulatorEndpointContext;
import dev.roomtoken.test.EmulatorEndpointFactory;

/**
 * Gives each {@code RoomTokenEmulator} Daily's create-meeting-token endpoint; registered in
 * {@code META-INF/spring.factories}.
 */
final class DailyEndpointFactory implements EmulatorEndpointFactory {

    @Override
    public EmulatorEndpoint create(EmulatorEndpointContext context) {
        return new DailyEndpoint(context);
    }
}
