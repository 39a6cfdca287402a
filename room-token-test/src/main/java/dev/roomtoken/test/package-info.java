/**
 * Test support: {@link dev.roomtoken.test.RoomTokenEmulator}, an embedded emulator of the
 * providers' token APIs that validates requests as the providers do, keeps a journal and injects
 * faults. Tests use {@code RoomTokenEmulator}, {@link dev.roomtoken.test.EmulatorFault} and
 * {@link dev.roomtoken.test.RecordedRequest}.
 * <p>
 * The endpoint SPI, for REST provider modules: {@link dev.roomtoken.test.EmulatorEndpoint} and its
 * {@link dev.roomtoken.test.EmulatorEndpointFactory}, registered in {@code META-INF/spring.factories},
 * with the support they use ({@link dev.roomtoken.test.EmulatorEndpointContext},
 * {@link dev.roomtoken.test.EmulatorRequest}, {@link dev.roomtoken.test.EmulatorAnswer},
 * {@link dev.roomtoken.test.EmulatorJson}, {@link dev.roomtoken.test.TokenMinter}).
 */
@NullMarked
package dev.roomtoken.test;

import org.jspecify.annotations.NullMarked;
