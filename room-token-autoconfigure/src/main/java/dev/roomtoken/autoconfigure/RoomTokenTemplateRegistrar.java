package dev.roomtoken.autoconfigure;

import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.autoconfigure.provider.ProviderConnection;
import dev.roomtoken.autoconfigure.provider.RoomTokenProvider;
import dev.roomtoken.observation.RoomTokenObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Defines a {@link RoomTokenTemplate} for each {@link RoomTokenProvider} that {@code roomtoken.*}
 * configures, named by {@link RoomTokenProvider#templateBeanName()};
 * {@link ProviderSelectionPostProcessor}, which runs after it, checks the settings and marks the primary one.
 * <p>
 * It decides from the environment as the context refreshes, not through conditions, because
 * Spring AOT evaluates conditions once, at build time: an application processed with SignalWire
 * configured would otherwise keep a SignalWire template whatever its run-time settings say. The
 * templates it defines are left out of the code that AOT generates, and this post-processor, which
 * is generated like any other bean, defines them again from the run-time settings when the processed
 * application starts.
 */
final class RoomTokenTemplateRegistrar
        implements BeanDefinitionRegistryPostProcessor, BeanFactoryAware, BeanClassLoaderAware {

    private final Environment environment;

    private @Nullable BeanFactory beanFactory;

    private @Nullable ClassLoader classLoader;

    RoomTokenTemplateRegistrar(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
        RoomTokenProperties properties = LenientRoomTokenProperties.bind(this.environment);
        Binder binder = Binder.get(this.environment);
        RoomTokenProviders providers = RoomTokenProviders.load(this.classLoader);
        for (RoomTokenProvider<?> provider : providers.configured(binder, providers.named(properties.getProvider()))) {
            define(registry, provider);
        }
    }

    private void define(BeanDefinitionRegistry registry, RoomTokenProvider<?> provider) {
        String name = provider.templateBeanName();
        if (registry.containsBeanDefinition(name)) {
            return;
        }
        RootBeanDefinition definition = new RootBeanDefinition(RoomTokenTemplate.class,
                () -> template(requiredBeanFactory(), provider.name()));
        // Not part of AOT's generated code: defined again, from the run-time settings, at run time.
        definition.setAttribute(BeanRegistrationAotProcessor.IGNORE_REGISTRATION_ATTRIBUTE, true);
        registry.registerBeanDefinition(name, definition);
    }

    private static RoomTokenTemplate template(BeanFactory beans, String provider) {
        ConfiguredProviders providers = beans.getBean(ConfiguredProviders.class);
        ProviderRestClients restClients = beans.getBean(ProviderRestClients.class);
        ConfiguredProviders.Configured<?> configured = providers.configured().get(provider);
        if (configured == null) {
            throw new IllegalStateException("The settings of " + provider + " were not resolved");
        }
        return RoomTokenTemplate
            .builder(configured.issuer(new ProviderConnection(restClients.builder(), restClients.requestFactory())))
            .retryPolicy(providers.retryPolicy())
            .observationRegistry(
                    beans.getBeanProvider(ObservationRegistry.class).getIfUnique(() -> ObservationRegistry.NOOP))
            .observationConvention(beans.getBeanProvider(RoomTokenObservationConvention.class).getIfUnique())
            .build();
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
