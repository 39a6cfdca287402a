package dev.roomtoken.autoconfigure;

import java.util.Locale;
import java.util.function.Function;

import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.signalwire.SignalWireRoomTokenClient;
import dev.roomtoken.telnyx.TelnyxRoomTokenClient;
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
 * {@value #SIGNALWIRE_BEAN} and {@value #TELNYX_BEAN}, and marks the one {@code roomtoken.provider}
 * names as primary when both are defined.
 * <p>
 * It decides from the environment as the context refreshes, not through conditions, because
 * Spring AOT evaluates conditions once, at build time: an application processed with SignalWire
 * configured would otherwise keep a SignalWire template whatever its run-time settings say. The
 * templates it defines are left out of the code that AOT generates, and this post-processor, which
 * is generated like any other bean, defines them again from the run-time settings when the processed
 * application starts.
 */
final class RoomTokenTemplateRegistrar implements BeanDefinitionRegistryPostProcessor, BeanFactoryAware {

    static final String SIGNALWIRE_BEAN = "signalWireRoomTokenTemplate";

    static final String TELNYX_BEAN = "telnyxRoomTokenTemplate";

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
        RoomTokenProperties properties = RoomTokenSettings.lenient(this.environment);
        boolean signalWire = new RoomTokenSettingsCondition.SignalWire().matches(properties);
        boolean telnyx = new RoomTokenSettingsCondition.Telnyx().matches(properties);
        String named = (properties.getProvider() != null) ? properties.getProvider().trim().toLowerCase(Locale.ROOT)
                : "";
        if (signalWire) {
            define(registry, SIGNALWIRE_BEAN, telnyx && named.equals(SignalWireRoomTokenClient.PROVIDER),
                    ProviderTemplates::signalWire);
        }
        if (telnyx) {
            define(registry, TELNYX_BEAN, signalWire && named.equals(TelnyxRoomTokenClient.PROVIDER),
                    ProviderTemplates::telnyx);
        }
    }

    private void define(BeanDefinitionRegistry registry, String name, boolean primary,
            Function<BeanFactory, RoomTokenTemplate> template) {
        if (registry.containsBeanDefinition(name)) {
            return;
        }
        RootBeanDefinition definition = new RootBeanDefinition(RoomTokenTemplate.class,
                () -> template.apply(requiredBeanFactory()));
        definition.setPrimary(primary);
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
