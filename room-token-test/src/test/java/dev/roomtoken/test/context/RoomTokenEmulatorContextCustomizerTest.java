package dev.roomtoken.test.context;

import java.util.List;

import dev.roomtoken.test.IsolatedTestRun;
import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.DelegatingSmartContextLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The customizer on its own: which test classes get one, that it keys the context cache the same
 * for every annotated class, and that its emulator stops with the context, also when the
 * context never finished starting.
 */
class RoomTokenEmulatorContextCustomizerTest {

    private final RoomTokenEmulatorContextCustomizerFactory factory = new RoomTokenEmulatorContextCustomizerFactory();

    private final MergedContextConfiguration mergedConfig = new MergedContextConfiguration(Annotated.class, new String[0],
            new Class<?>[0], new String[0], new DelegatingSmartContextLoader());

    @Test
    void onlyAnnotatedClassesAndTheirSubclassesAndNestedClassesGetAnEmulator() {
        assertThat(this.factory.createContextCustomizer(NotAnnotated.class, List.of())).isNull();
        assertThat(this.factory.createContextCustomizer(Annotated.class, List.of())).isNotNull();
        assertThat(this.factory.createContextCustomizer(Subclass.class, List.of())).isNotNull();
        assertThat(this.factory.createContextCustomizer(Annotated.Inner.class, List.of())).isNotNull();
    }

    @Test
    void everyAnnotatedClassGetsAnEqualCustomizerSoTheyCanShareAContext() {
        ContextCustomizer first = this.factory.createContextCustomizer(Annotated.class, List.of());
        ContextCustomizer second = this.factory.createContextCustomizer(Subclass.class, List.of());

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    }

    @Test
    void theEmulatorIsABeanAndStopsWhenTheContextCloses() {
        GenericApplicationContext context = new GenericApplicationContext();
        new RoomTokenEmulatorContextCustomizer().customizeContext(context, this.mergedConfig);
        context.refresh();
        RoomTokenEmulator emulator = context.getBean(RoomTokenEmulator.class);

        assertThat(context.getBean("roomTokenEmulator")).isSameAs(emulator);
        context.close();

        IsolatedTestRun.assertNothingListensOn(emulator.port());
    }

    @Test
    void theEmulatorStopsWhenTheContextFailsToStart() {
        GenericApplicationContext context = new GenericApplicationContext();
        new RoomTokenEmulatorContextCustomizer().customizeContext(context, this.mergedConfig);
        RoomTokenEmulator emulator = (RoomTokenEmulator) context.getBeanFactory().getSingleton("roomTokenEmulator");
        context.registerBean("broken", String.class, () -> {
            throw new IllegalStateException("cannot start");
        });

        assertThatExceptionOfType(BeanCreationException.class).isThrownBy(context::refresh);

        assertThat(emulator).isNotNull();
        IsolatedTestRun.assertNothingListensOn(emulator.port());
    }

    static class NotAnnotated {

    }

    @AutoConfigureRoomTokenEmulator
    static class Annotated {

        class Inner {

        }
    }

    static class Subclass extends Annotated {

    }
}
