package dev.roomtoken.signalwire.emulator;

import dev.roomtoken.test.EmulatorEndpoint;
import dev.roomtoken.test.EmulatorEndpointContext;
import dev.roomtoken.test.EmulatorEndpointFactory;

import org.springframework.core.Ordered;

/**
 * Gives each {@code RoomTokenEmulator} SignalWire's endpoint; registered in
 * {@code META-INF/spring.factories}. Ordered first, so SignalWire stays the provider an application
 * pointed at the emulator uses when it names none, whichever other endpoints join it.
 */
final class SignalWireEndpointFactory implements EmulatorEndpointFactory, Ordered {

    @Override
    public EmulatorEndpoint create(EmulatorEndpointContext context) {
        return new SignalWireEndpoint(context);
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
