package dev.roomtoken.autoconfigure;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.IgnoreErrorsBindHandler;
import org.springframework.core.env.Environment;

/**
 * Binds {@code roomtoken.*} before the properties bean exists, for the conditions and the
 * start-up check that run while bean definitions are read. A value that does not bind is
 * skipped (it keeps its default), so that binding {@link RoomTokenProperties} later reports it
 * the way Spring Boot reports any such value.
 */
final class LenientRoomTokenProperties {

    private LenientRoomTokenProperties() {
    }

    static RoomTokenProperties bind(Environment environment) {
        return Binder.get(environment)
            .bind("roomtoken", Bindable.of(RoomTokenProperties.class), new IgnoreErrorsBindHandler())
            .orElseGet(RoomTokenProperties::new);
    }
}
