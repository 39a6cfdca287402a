package dev.roomtoken.autoconfigure;

import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Masks room-token's credentials ({@code roomtoken.signalwire.api-token},
 * {@code roomtoken.telnyx.api-key}, in any spelling an environment variable or property file
 * gives them) in actuator's {@code env} and {@code configprops} output, even where an application
 * shows values.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(SanitizingFunction.class)
class RoomTokenCredentialsSanitizing {

    @Bean
    SanitizingFunction roomTokenCredentialsSanitizingFunction() {
        return SanitizingFunction.sanitizeValue().ifKeyMatches(RoomTokenCredentialsSanitizing::isCredential);
    }

    static boolean isCredential(String key) {
        String compact = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return compact.endsWith("apitoken") || compact.endsWith("apikey");
    }
}
