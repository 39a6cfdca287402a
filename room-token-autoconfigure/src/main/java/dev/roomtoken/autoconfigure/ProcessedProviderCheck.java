package dev.roomtoken.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import dev.roomtoken.RoomTokenOperations;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Refuses to start an application processed by Spring AOT whose run-time settings configure a
 * provider when the processed context has no {@link RoomTokenOperations} at all: conditions were
 * evaluated at build time, without any {@code roomtoken.*} provider setting, so the
 * auto-configuration is not part of it and the settings would be silently ignored. (When the
 * auto-configuration is part of it, {@link RoomTokenTemplateRegistrar} follows the run-time settings.)
 * Registered in {@code META-INF/spring.factories}; does nothing outside AOT mode.
 */
class ProcessedProviderCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final BooleanSupplier processedAheadOfTime;

    ProcessedProviderCheck() {
        this(AotDetector::useGeneratedArtifacts);
    }

    ProcessedProviderCheck(BooleanSupplier processedAheadOfTime) {
        this.processedAheadOfTime = processedAheadOfTime;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (this.processedAheadOfTime.getAsBoolean()) {
            Environment environment = context.getEnvironment();
            context.addBeanFactoryPostProcessor((BeanFactoryPostProcessor) (beanFactory) -> check(environment, beanFactory));
        }
    }

    private static void check(Environment environment, ConfigurableListableBeanFactory beanFactory) {
        List<String> configured = configuredProviders(environment, beanFactory.getBeanClassLoader());
        if (configured.isEmpty() || beanFactory.getBeanNamesForType(RoomTokenOperations.class, true, false).length > 0) {
            return;
        }
        throw new RoomTokenConfigurationException("roomtoken.provider",
                "and the other roomtoken.* settings configure " + String.join(" and ", configured)
                        + " at run time, but this application was processed ahead of time (Spring AOT) without any "
                        + "roomtoken.* provider setting, so the processed context has no RoomTokenTemplate",
                "Process the application again with the provider's settings (or at least roomtoken.provider) "
                        + "present, or start it without -Dspring.aot.enabled=true.");
    }

    private static List<String> configuredProviders(Environment environment, @Nullable ClassLoader classLoader) {
        RoomTokenProviders providers = RoomTokenProviders.load(classLoader);
        RoomTokenProperties properties = LenientRoomTokenProperties.bind(environment);
        List<String> configured = new ArrayList<>();
        providers.configured(Binder.get(environment), providers.named(properties.getProvider()))
            .forEach((provider) -> configured.add(provider.name()));
        return configured;
    }
}
