package dev.roomtoken.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when {@code roomtoken.*} names a provider or configures any provider module on the
 * class path; with no such settings room-token's auto-configuration backs off. A provider
 * module's auto-configuration carries it, so its properties bean exists exactly when the
 * templates do.
 *
 * @since 0.1.0
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(RoomTokenSettingsCondition.class)
public @interface ConditionalOnRoomTokenSettings {

}
