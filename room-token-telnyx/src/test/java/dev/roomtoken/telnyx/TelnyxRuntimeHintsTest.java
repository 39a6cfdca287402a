package dev.roomtoken.telnyx;

import dev.roomtoken.WireTypeHints;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.aot.hint.RuntimeHints;

/**
 * Every Telnyx wire record, nested ones included, is reachable by reflection in a native image:
 * the hints come from {@code META-INF/spring/aot.factories}, as Spring AOT collects them.
 */
class TelnyxRuntimeHintsTest {

    private final RuntimeHints hints = WireTypeHints.fromAotFactories();

    @ParameterizedTest
    @ValueSource(classes = { TelnyxCreateTokenBody.class, TelnyxRefreshTokenBody.class,
            TelnyxTokenResponseBody.class, TelnyxTokenResponseBody.Data.class, TelnyxErrorBody.class,
            TelnyxErrorBody.Item.class, TelnyxErrorBody.Source.class })
    void aWireRecordCanBeWrittenAndReadByReflection(Class<?> wireType) {
        WireTypeHints.assertBindable(this.hints, wireType);
    }
}
