package dev.roomtoken.test.junit;

import java.util.Objects;
import java.util.function.UnaryOperator;

import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit Jupiter extension for tests without Spring: one {@link RoomTokenEmulator} per test class
 * (shared with its {@code @Nested} classes), started before the class's first test and stopped
 * after its last, cleared (journal and fault queue) before each test, and handed to any constructor,
 * lifecycle or test method parameter of type {@code RoomTokenEmulator}.
 *
 * <pre>{@code
 * @ExtendWith(RoomTokenEmulatorExtension.class)
 * class JoinTests {
 *     @Test
 *     void mints(RoomTokenEmulator emulator) { ... }
 * }
 * }</pre>
 *
 * To configure the emulator (fixed credentials, a clock the test moves on), register it on a
 * static field instead:
 *
 * <pre>{@code
 * @RegisterExtension
 * static RoomTokenEmulatorExtension emulator = new RoomTokenEmulatorExtension(builder -> builder.clock(clock));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RoomTokenEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(RoomTokenEmulatorExtension.class);

    private final UnaryOperator<RoomTokenEmulator.Builder> configuration;

    /**
     * An extension whose emulator starts on a free port with fresh random credentials; the
     * constructor {@code @ExtendWith} uses.
     */
    public RoomTokenEmulatorExtension() {
        this(UnaryOperator.identity());
    }

    /**
     * An extension whose emulator is configured before it starts.
     * @param configuration changes the builder of each emulator this extension starts, and returns it
     */
    public RoomTokenEmulatorExtension(UnaryOperator<RoomTokenEmulator.Builder> configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    /**
     * Starts the test class's emulator, unless an enclosing class's is already running.
     * @param context the test class's context
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        emulator(context);
    }

    /**
     * Clears the emulator's journal and fault queue.
     * @param context the test's context
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        emulator(context).reset();
    }

    /**
     * Whether the parameter is a {@link RoomTokenEmulator}.
     * @param parameterContext the parameter
     * @param extensionContext the context it is resolved in
     * @return {@code true} for a {@code RoomTokenEmulator} parameter
     */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == RoomTokenEmulator.class;
    }

    /**
     * The test class's emulator.
     * @param parameterContext the parameter
     * @param extensionContext the context it is resolved in
     * @return the running emulator
     */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return emulator(extensionContext);
    }

    private RoomTokenEmulator emulator(ExtensionContext context) {
        // Kept in the class's store (a nested class finds its enclosing class's there), so JUnit
        // closes it when that class is done.
        return classContext(context).getStore(NAMESPACE)
            .computeIfAbsent(RoomTokenEmulator.class, (key) -> this.configuration.apply(RoomTokenEmulator.builder())
                .start(), RoomTokenEmulator.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    @Override
    public String toString() {
        return "RoomTokenEmulatorExtension";
    }
}
