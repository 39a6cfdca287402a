package dev.roomtoken.vonage.autoconfigure;

import dev.roomtoken.RoomTokenOperations;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.autoconfigure.ConditionalOnRoomTokenSettings;
import dev.roomtoken.autoconfigure.RoomTokenAutoConfiguration;
import dev.roomtoken.vonage.VonageSessions;
import dev.roomtoken.vonage.VonageTokenIssuer;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Vonage Video's {@code roomtoken.vonage.*} properties as a bean (for actuator's
 * {@code configprops}), and {@link VonageSessions}, which creates sessions through the Vonage
 * template; the template itself is defined by {@link RoomTokenAutoConfiguration} through
 * {@link VonageProvider}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = RoomTokenAutoConfiguration.class)
@ConditionalOnClass(VonageTokenIssuer.class)
@ConditionalOnRoomTokenSettings
@EnableConfigurationProperties(VonageProperties.class)
public final class VonageAutoConfiguration {

    /** The name of the Vonage template bean, which sessions are created through. */
    private static final String TEMPLATE_BEAN = VonageTokenIssuer.PROVIDER + "RoomTokenTemplate";

    /**
     * Creates sessions through the Vonage template, with its retries and observation; defined when
     * Vonage is configured, unless the application defines its own {@link VonageSessions} or its
     * own {@link RoomTokenOperations} (and so no templates are auto-configured).
     * @param template the Vonage template
     * @return the session client
     */
    @Bean
    @Conditional(VonageConfiguredCondition.class)
    @ConditionalOnMissingBean({ VonageSessions.class, RoomTokenOperations.class })
    public VonageSessions vonageSessions(@Qualifier(TEMPLATE_BEAN) RoomTokenTemplate template) {
        return new VonageSessions(template);
    }
}
