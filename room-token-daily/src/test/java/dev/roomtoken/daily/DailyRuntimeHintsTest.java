package dev.roomtoken.daily;

import dev.roomtoken.WireTypeHints;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.aot.hint.RuntimeHints;

/**
 * Every Daily wire record is reachable by reflection in a native image: the hints come from
 * {@code META-INF/spring/aot.factories}, as Spring AOT collects them.
 */
class DailyRuntimeHintsTest {

    private final RuntimeHints hints = WireTypeHints.fromAotFactories();

    @ParameterizedTest
    @ValueSource(classes = { DailyTokenResponseBody.class, DailyErrorBody.class })
    void aWireRecordCanBeReadByReflection(Class<?> wireType) {
        WireTypeHints.assertBindable(this.hints, wireType);
    }
}
