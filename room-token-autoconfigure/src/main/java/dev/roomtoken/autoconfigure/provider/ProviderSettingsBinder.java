package dev.roomtoken.autoconfigure.provider;

import java.util.function.Supplier;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.IgnoreErrorsBindHandler;

/**
 * Binds a provider's {@code roomtoken.<provider>.*} before its properties bean exists, for the
 * checks that run while bean definitions are read. A value that does not bind keeps its default,
 * so that binding the properties bean later reports it the way Spring Boot reports any such value.
 */
final class ProviderSettingsBinder {

    private ProviderSettingsBinder() {
    }

    static <T> T bind(Binder binder, String prefix, Class<T> type, Supplier<T> defaults) {
        return binder.bind(prefix, Bindable.of(type), new IgnoreErrorsBindHandler()).orElseGet(defaults);
    }
}
