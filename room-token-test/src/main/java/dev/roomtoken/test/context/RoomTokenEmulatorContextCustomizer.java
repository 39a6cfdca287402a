package dev.roomtoken.test.context;

import dev.roomtoken.test.RoomTokenEmulator;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts an emulator for one application context, points the context's {@code roomtoken.*}
 * settings at it, registers it as the {@code roomTokenEmulator} bean and stops it when the context
 * is destroyed (closed, or its refresh failed). All instances are equal, so test classes that
 * differ in nothing else share one cached context and its emulator.
 */
final class RoomTokenEmulatorContextCustomizer implements ContextCustomizer {

    static final String BEAN_NAME = "roomTokenEmulator";

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        RoomTokenEmulator emulator = RoomTokenEmulator.start();
        EmulatorProperties.apply(emulator, context.getEnvironment());
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        beanFactory.registerSingleton(BEAN_NAME, emulator);
        if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(BEAN_NAME, emulator::close);
        }
        else {
            context.addApplicationListener((ContextClosedEvent event) -> emulator.close());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }

    @Override
    public String toString() {
        return "RoomTokenEmulatorContextCustomizer";
    }
}
