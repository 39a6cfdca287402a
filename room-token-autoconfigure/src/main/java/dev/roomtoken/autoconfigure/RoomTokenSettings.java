package dev.roomtoken.autoconfigure;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.IgnoreErrorsBindHandler;
import org.springframework.core.env.Environment;

/**
 * Reads {@code roomtoken.*} to decide which providers it configures, before the properties bean is
 * bound. A value that does not bind is skipped here, so that binding {@link RoomTokenProperties}
 * reports it the way Spring Boot reports any such value.
 */
final class RoomTokenSettings {

    private RoomTokenSettings() {
    }

    static RoomTokenProperties lenient(Environment environment) {
        return Binder.get(environment)
            .bind("roomtoken", Bindable.of(RoomTokenProperties.class), new IgnoreErrorsBindHandler())
            .orElseGet(RoomTokenProperties::new);
    }
}
