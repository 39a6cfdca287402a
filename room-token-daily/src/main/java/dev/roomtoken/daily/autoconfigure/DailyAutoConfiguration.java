package dev.roomtoken.daily.autoconfigure;

import dev.roomtoken.autoconfigure.ConditionalOnRoomTokenSettings;
import dev.roomtoken.autoconfigure.RoomTokenAutoConfiguration;
import dev.roomtoken.daily.DailyTokenIssuer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Daily's {@code roomtoken.daily.*} properties as a bean (for actuator's {@code configprops}); its
 * template is defined by {@link RoomTokenAutoConfiguration} through {@link DailyProvider}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = RoomTokenAutoConfiguration.class)
@ConditionalOnClass(DailyTokenIssuer.class)
@ConditionalOnRoomTokenSettings
@EnableConfigurationProperties(DailyProperties.class)
public final class DailyAutoConfiguration {

}
