package dev.roomtoken.vonage.autoconfigure;

import dev.roomtoken.autoconfigure.ConditionalOnRoomTokenSettings;
import dev.roomtoken.autoconfigure.RoomTokenAutoConfiguration;
import dev.roomtoken.vonage.VonageTokenIssuer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Vonage Video's {@code roomtoken.vonage.*} properties as a bean (for actuator's
 * {@code configprops}); its template is defined by {@link RoomTokenAutoConfiguration} through
 * {@link VonageProvider}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = RoomTokenAutoConfiguration.class)
@ConditionalOnClass(VonageTokenIssuer.class)
@ConditionalOnRoomTokenSettings
@EnableConfigurationProperties(VonageProperties.class)
public final class VonageAutoConfiguration {

}
