package dev.roomtoken.autoconfigure;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.core.type.MethodMetadata;

/**
 * Tells whether the {@link ClientHttpRequestFactoryBuilder} the starter gets is a default (none
 * at all, or Boot's auto-configured one with no {@link ClientHttpRequestFactoryBuilderCustomizer})
 * or one the application shaped (its own bean, or Boot's with a customizer: a proxy selector, an
 * {@code HttpClient} customizer). Only a default may be replaced by an equivalent request factory;
 * what the application shaped is used as built.
 */
final class RequestFactoryBuilderOrigin {

    private static final String BOOT_CONFIGURATION = "org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration";

    private RequestFactoryBuilderOrigin() {
    }

    static boolean isDefault(ConfigurableListableBeanFactory beanFactory) {
        String[] builders = beanFactory.getBeanNamesForType(ClientHttpRequestFactoryBuilder.class, true, false);
        if (builders.length == 0) {
            return true;
        }
        if (builders.length > 1 || beanFactory.getBeanNamesForType(ClientHttpRequestFactoryBuilderCustomizer.class, true,
                false).length > 0) {
            return false;
        }
        return beanFactory.containsBeanDefinition(builders[0]) && isBoots(beanFactory.getBeanDefinition(builders[0]));
    }

    private static boolean isBoots(BeanDefinition definition) {
        MethodMetadata factoryMethod = (definition instanceof AnnotatedBeanDefinition annotated)
                ? annotated.getFactoryMethodMetadata() : null;
        return factoryMethod != null && BOOT_CONFIGURATION.equals(factoryMethod.getDeclaringClassName());
    }
}
