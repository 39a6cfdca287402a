package dev.roomtoken.test;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The emulator accepts connections on the loopback address only: its credentials are no secret, so
 * nothing beyond the machine may reach it.
 */
class EmulatorListensOnLoopbackOnlyTest {

    @Test
    void itsAddressIsTheLoopbackAddress() {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            assertThat(emulator.baseUrl()).hasToString("http://127.0.0.1:" + emulator.port());
        }
    }

    @Test
    void itRefusesConnectionsOnTheMachinesOtherAddresses() throws Exception {
        Optional<InetAddress> external = externalAddress();
        assumeTrue(external.isPresent(), "this machine has no address besides loopback");
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            try (Socket loopback = new Socket()) {
                loopback.connect(new InetSocketAddress("127.0.0.1", emulator.port()), 2000);
            }
            assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(external.get(), emulator.port()), 2000);
                }
            });
        }
    }

    private static Optional<InetAddress> externalAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
            .filter(EmulatorListensOnLoopbackOnlyTest::isUp)
            .flatMap(NetworkInterface::inetAddresses)
            .filter((address) -> address instanceof Inet4Address && !address.isLoopbackAddress())
            .findFirst();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        }
        catch (SocketException ex) {
            return false;
        }
    }
}
