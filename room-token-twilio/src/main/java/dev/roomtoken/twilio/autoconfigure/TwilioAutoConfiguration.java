package dev.roomtoken.twilio.autoconfigure;

import dev.roomtoken.autoconfigure.ConditionalOnRoomTokenSettings;
import dev.roomtoken.autoconfigure.RoomTokenAutoConfiguration;
import dev.roomtoken.twilio.TwilioTokenIssuer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Twilio Video's {@code roomtoken.twilio.*} properties as a bean (for actuator's
 * {@code configprops}); its template is defined by {@link RoomTokenAutoConfiguration} through
 * {@link TwilioProvider}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = RoomTokenAutoConfiguration.class)
@ConditionalOnClass(TwilioTokenIssuer.class)
@ConditionalOnRoomTokenSettings
@EnableConfigurationProperties(TwilioProperties.class)
public final class TwilioAutoConfiguration {

}
