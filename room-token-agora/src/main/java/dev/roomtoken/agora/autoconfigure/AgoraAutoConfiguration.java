package dev.roomtoken.agora.autoconfigure;

import dev.roomtoken.autoconfigure.ConditionalOnRoomTokenSettings;
import dev.roomtoken.autoconfigure.RoomTokenAutoConfiguration;
import dev.roomtoken.agora.AgoraTokenIssuer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Agora's {@code roomtoken.agora.*} properties as a bean (for actuator's
 * {@code configprops}); its template is defined by {@link RoomTokenAutoConfiguration} through
 * {@link AgoraProvider}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = RoomTokenAutoConfiguration.class)
@ConditionalOnClass(AgoraTokenIssuer.class)
@ConditionalOnRoomTokenSettings
@EnableConfigurationProperties(AgoraProperties.class)
public final class AgoraAutoConfiguration {

}
