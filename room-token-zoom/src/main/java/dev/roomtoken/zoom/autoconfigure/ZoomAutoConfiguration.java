package dev.roomtoken.zoom.autoconfigure;

import dev.roomtoken.autoconfigure.ConditionalOnRoomTokenSettings;
import dev.roomtoken.autoconfigure.RoomTokenAutoConfiguration;
import dev.roomtoken.zoom.ZoomTokenIssuer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Zoom Video SDK's {@code roomtoken.zoom.*} properties as a bean (for actuator's
 * {@code configprops}); its template is defined by {@link RoomTokenAutoConfiguration} through
 * {@link ZoomProvider}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = RoomTokenAutoConfiguration.class)
@ConditionalOnClass(ZoomTokenIssuer.class)
@ConditionalOnRoomTokenSettings
@EnableConfigurationProperties(ZoomProperties.class)
public final class ZoomAutoConfiguration {

}
