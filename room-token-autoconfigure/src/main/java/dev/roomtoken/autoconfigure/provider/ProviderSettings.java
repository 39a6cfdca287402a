package dev.roomtoken.autoconfigure.provider;

import java.net.URI;
import java.util.function.Supplier;

import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * The checks every provider module applies to its {@code roomtoken.<provider>.*} settings while
 * bean definitions are read, so that each provider reports a bad setting the same way: a
 * {@link RoomTokenConfigurationException} naming the property, what is wrong and what to set.
 *
 * @since 0.1.0
 */
public final class ProviderSettings {

    private ProviderSettings() {
    }

    /**
     * Binds a provider's properties before its properties bean exists. A value that does not bind
     * keeps its default, so that binding the properties bean later reports it the way Spring Boot
     * reports any such value.
     * @param <T> the properties type
     * @param binder the application's settings
     * @param prefix the provider's prefix, for example {@code roomtoken.signalwire}
     * @param type the properties type
     * @param defaults makes the properties when none are set
     * @return the bound properties
     */
    public static <T> T bind(Binder binder, String prefix, Class<T> type, Supplier<T> defaults) {
        return ProviderSettingsBinder.bind(binder, prefix, type, defaults);
    }

    /**
     * Stops a credential or URL property that still holds a {@code ${...}} placeholder after
     * Spring resolved what it could, which would otherwise be sent or signed with as a literal
     * credential. The message names the property and the placeholder, never the rest of the value.
     * @param property the property's full name
     * @param value its value, if set
     * @throws RoomTokenConfigurationException if the value holds a placeholder
     */
    public static void checkResolved(String property, @Nullable String value) {
        UnresolvedPlaceholder.check(property, value);
    }

    /**
     * Checks a configured base URL: absolute {@code https://} (or {@code http://} to loopback, or
     * anywhere when insecure URLs are allowed), with a host and without user info. A URL shown in
     * a message has its user info masked.
     * @param property the property's full name
     * @param value the configured URL
     * @param example the provider's own URL, shown when the value is malformed
     * @param allowInsecure {@code roomtoken.http.allow-insecure}
     * @return the URL
     * @throws RoomTokenConfigurationException if the URL cannot be used
     */
    public static URI baseUrl(String property, String value, String example, boolean allowInsecure) {
        return ProviderBaseUrl.check(property, value, example, allowInsecure);
    }
}
