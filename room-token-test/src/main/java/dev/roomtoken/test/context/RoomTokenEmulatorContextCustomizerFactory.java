package dev.roomtoken.test.context;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives a test class annotated (directly, through a base class or an enclosing class) with
 * {@link AutoConfigureRoomTokenEmulator} its emulator; registered in {@code META-INF/spring.factories}.
 */
class RoomTokenEmulatorContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return annotated(testClass) ? new RoomTokenEmulatorContextCustomizer() : null;
    }

    static boolean annotated(Class<?> testClass) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureRoomTokenEmulator.class);
    }
}
