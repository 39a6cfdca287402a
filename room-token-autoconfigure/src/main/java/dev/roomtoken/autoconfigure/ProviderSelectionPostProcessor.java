package dev.roomtoken.autoconfigure;

import java.util.List;

import dev.roomtoken.autoconfigure.provider.RoomTokenProvider;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.env.Environment;

/**
 * Checks {@code roomtoken.*} once the bean definitions are read and before any bean is created,
 * then marks the template of the provider named by {@code roomtoken.provider} (or of the only
 * configured one) as primary, so injecting {@code RoomTokenTemplate} gets the chosen one while
 * every configured provider's template stays available by name.
 * <p>
 * Checking here rather than when a template is first created means that settings which cannot
 * work (two providers and none named, an unknown provider name, half a configuration) are
 * reported by {@link RoomTokenConfigurationFailureAnalyzer} even when an application bean that
 * takes the template is created first, which would otherwise fail with Spring's generic "required
 * a single bean, but 2 were found". The check is skipped while an application is processed ahead
 * of time, where the run-time settings (credentials from the environment) are not known yet; it
 * runs when the processed application starts.
 */
final class ProviderSelectionPostProcessor implements BeanFactoryPostProcessor {

    private final Environment environment;

    ProviderSelectionPostProcessor(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        RoomTokenProperties properties = LenientRoomTokenProperties.bind(this.environment);
        Binder binder = Binder.get(this.environment);
        RoomTokenProviders providers = RoomTokenProviders.load(beanFactory.getBeanClassLoader());
        if (!Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
            ConfiguredProviders.from(properties, binder, providers);
        }
        RoomTokenProvider<?> named = providers.named(properties.getProvider());
        List<RoomTokenProvider<?>> defined = providers.configured(binder, named)
            .stream()
            .filter((provider) -> beanFactory.containsBeanDefinition(provider.templateBeanName()))
            .toList();
        if (named != null && defined.size() > 1 && defined.contains(named)) {
            beanFactory.getBeanDefinition(named.templateBeanName()).setPrimary(true);
        }
    }
}
