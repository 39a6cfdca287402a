package dev.roomtoken;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a native image needs to write and read a wire record with Jackson, checked on the hints
 * that {@code META-INF/spring/aot.factories} contributes, as Spring AOT collects them.
 */
public final class WireTypeHints {

    private WireTypeHints() {
    }

    /**
     * The hints every {@link RuntimeHintsRegistrar} of {@code META-INF/spring/aot.factories}
     * contributes.
     * @return the collected hints
     */
    public static RuntimeHints fromAotFactories() {
        RuntimeHints hints = new RuntimeHints();
        SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
            .load(RuntimeHintsRegistrar.class)
            .forEach((registrar) -> registrar.registerHints(hints, WireTypeHints.class.getClassLoader()));
        return hints;
    }

    /**
     * Checks that the record's type, canonical constructor and every component accessor can be
     * reached by reflection.
     * @param hints the hints
     * @param record a record type
     */
    public static void assertBindable(RuntimeHints hints, Class<?> record) {
        assertThat(record.isRecord()).as("%s is a record", record.getName()).isTrue();
        assertThat(RuntimeHintsPredicates.reflection().onType(record)).as("type %s", record.getName()).accepts(hints);
        Class<?>[] parameters = Arrays.stream(record.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
        try {
            assertThat(RuntimeHintsPredicates.reflection()
                .onConstructorInvocation(record.getDeclaredConstructor(parameters)))
                .as("canonical constructor of %s", record.getName())
                .accepts(hints);
        }
        catch (NoSuchMethodException ex) {
            throw new AssertionError(record.getName() + " has no canonical constructor", ex);
        }
        for (RecordComponent component : record.getRecordComponents()) {
            assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()))
                .as("accessor %s.%s()", record.getSimpleName(), component.getName())
                .accepts(hints);
        }
    }
}
