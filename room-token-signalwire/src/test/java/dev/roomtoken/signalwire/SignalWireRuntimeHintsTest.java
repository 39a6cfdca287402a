package dev.roomtoken.signalwire;

import dev.roomtoken.WireTypeHints;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.aot.hint.RuntimeHints;

/**
 * Every SignalWire wire record, nested ones included, is reachable by reflection in a native image:
 * the hints come from {@code META-INF/spring/aot.factories}, as Spring AOT collects them.
 */
class SignalWireRuntimeHintsTest {

    private final RuntimeHints hints = WireTypeHints.fromAotFactories();

    @ParameterizedTest
    @ValueSource(classes = { SignalWireTokenRequestBody.class, SignalWireTokenResponseBody.class,
            SignalWireErrorBody.class, SignalWireErrorBody.Item.class })
    void aWireRecordCanBeWrittenAndReadByReflection(Class<?> wireType) {
        WireTypeHints.assertBindable(this.hints, wireType);
    }
}
