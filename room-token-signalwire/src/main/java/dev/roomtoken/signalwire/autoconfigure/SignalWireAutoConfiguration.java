package dev.roomtoken.signalwire.autoconfigure;

import dev.roomtoken.autoconfigure.ConditionalOnRoomTokenSettings;
import dev.roomtoken.autoconfigure.RoomTokenAutoConfiguration;
import dev.roomtoken.signalwire.SignalWireTokenIssuer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * SignalWire's {@code roomtoken.signalwire.*} properties as a bean (for actuator's
 * {@code configprops}); its template is defined by {@link RoomTokenAutoConfiguration} through
 * {@link SignalWireProvider}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = RoomTokenAutoConfiguration.class)
@ConditionalOnClass(SignalWireTokenIssuer.class)
@ConditionalOnRoomTokenSettings
@EnableConfigurationProperties(SignalWireProperties.class)
public final class SignalWireAutoConfiguration {

}
