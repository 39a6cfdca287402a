package dev.roomtoken.test;

/**
 * Makes a provider's {@link EmulatorEndpoint} for each {@link RoomTokenEmulator} that starts.
 * Register an implementation in the provider module's {@code META-INF/spring.factories} under this
 * interface's name:
 *
 * <pre>
 * dev.roomtoken.test.EmulatorEndpointFactory=\
 * com.example.daily.emulator.DailyEndpointFactory
 * </pre>
 *
 * It needs a constructor without arguments; it may be package-private. The module depends on
 * {@code room-token-test} as an optional dependency, so the endpoint loads only where an emulator runs.
 * Endpoints come in the order of their factories (Spring's {@link org.springframework.core.Ordered}
 * or {@link org.springframework.core.annotation.Order @Order}), then by name; the first is the
 * provider an application pointed at the emulator uses when its configuration names none.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface EmulatorEndpointFactory {

    /**
     * Makes the endpoint for one emulator.
     * @param context what the emulator gives its endpoints: its clock, its token minter, and the
     * credentials fixed for this emulator
     * @return the endpoint
     */
    EmulatorEndpoint create(EmulatorEndpointContext context);
}
