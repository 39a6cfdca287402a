package dev.roomtoken.autoconfigure;

import java.util.function.Function;

import dev.roomtoken.RoomTokenTemplate;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.env.Environment;

/**
 * Defines a {@link RoomTokenTemplate} for each provider that {@code roomtoken.*} configures,
 * {@value PrimaryRoomTokenTemplate#SIGNALWIRE_BEAN} and {@value PrimaryRoomTokenTemplate#TELNYX_BEAN};
 * {@link PrimaryRoomTokenTemplate}, which runs after it, checks the settings and marks the primary one.
 * <p>
 * It decides from the environment as the context refreshes, not through conditions, because
 * Spring AOT evaluates conditions once, at build time: an application processed with SignalWire
 * configured would otherwise keep a SignalWire template whatever its run-time settings say. The
 * templates it defines are left out of the code that AOT generates, and this post-processor, which
 * is generated like any other bean, defines them again from the run-time settings when the processed
 * application starts.
 */
final class RoomTokenTemplateRegistrar implements BeanDefinitionRegistryPostProcessor, BeanFactoryAware {

    private final Environment environment;

    private @Nullable BeanFactory beanFactory;

    RoomTokenTemplateRegistrar(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
        RoomTokenProperties properties = LenientRoomTokenProperties.bind(this.environment);
        if (new RoomTokenSettingsCondition.SignalWire().matches(properties)) {
            define(registry, PrimaryRoomTokenTemplate.SIGNALWIRE_BEAN, ProviderTemplates::signalWire);
        }
        if (new RoomTokenSettingsCondition.Telnyx().matches(properties)) {
            define(registry, PrimaryRoomTokenTemplate.TELNYX_BEAN, ProviderTemplates::telnyx);
        }
    }

    private void define(BeanDefinitionRegistry registry, String name, Function<BeanFactory, RoomTokenTemplate> template) {
        if (registry.containsBeanDefinition(name)) {
            return;
        }
        RootBeanDefinition definition = new RootBeanDefinition(RoomTokenTemplate.class,
                () -> template.apply(requiredBeanFactory()));
        // Not part of AOT's generated code: defined again, from the run-time settings, at run time.
        definition.setAttribute(BeanRegistrationAotProcessor.IGNORE_REGISTRATION_ATTRIBUTE, true);
        registry.registerBeanDefinition(name, definition);
    }

    private BeanFactory requiredBeanFactory() {
        if (this.beanFactory == null) {
            throw new IllegalStateException("The bean factory was not set");
        }
        return this.beanFactory;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    }
}
