package dev.roomtoken.autoconfigure;

import java.util.List;
import java.util.Locale;

import dev.roomtoken.autoconfigure.provider.RoomTokenProvider;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Masks every provider's credentials (the {@link RoomTokenProvider#secretProperties()}, such as
 * {@code roomtoken.signalwire.api-token} and {@code roomtoken.telnyx.api-key}, in any spelling an
 * environment variable or property file gives them) in actuator's {@code env} and
 * {@code configprops} output, even where an application shows values.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(SanitizingFunction.class)
class RoomTokenCredentialsSanitizing {

    @Bean
    SanitizingFunction roomTokenCredentialsSanitizingFunction(ConfigurableListableBeanFactory beanFactory) {
        List<String> secrets = RoomTokenProviders.load(beanFactory.getBeanClassLoader()).secretProperties();
        return SanitizingFunction.sanitizeValue().ifKeyMatches((key) -> isCredential(key, secrets));
    }

    /**
     * Whether a key names one of the given secret properties, as an environment variable or
     * property file spells its full name, or as a properties bean names its field.
     */
    static boolean isCredential(String key, List<String> secretProperties) {
        String compact = compact(key);
        for (String property : secretProperties) {
            if (compact.endsWith(compact(property))
                    || compact.equals(compact(property.substring(property.lastIndexOf('.') + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static String compact(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
