package dev.roomtoken.vonage;

import dev.roomtoken.WireTypeHints;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.aot.hint.RuntimeHints;

/**
 * Every Vonage wire record is reachable by reflection in a native image: the hints come from
 * {@code META-INF/spring/aot.factories}, as Spring AOT collects them.
 */
class VonageRuntimeHintsTest {

    private final RuntimeHints hints = WireTypeHints.fromAotFactories();

    @ParameterizedTest
    @ValueSource(classes = { VonageSessionAnswer.class, VonageErrorBody.class })
    void aWireRecordCanBeReadByReflection(Class<?> wireType) {
        WireTypeHints.assertBindable(this.hints, wireType);
    }
}
