package dev.roomtoken.autoconfigure.provider;

import java.util.List;

import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * What a provider module contributes to the auto-configuration, registered in its
 * {@code META-INF/spring.factories} under this interface's name. The shared auto-configuration
 * finds every registered provider, tells from its settings which are configured, checks them
 * before any bean is created, defines a {@code RoomTokenTemplate} bean for each one and picks the
 * primary ({@code roomtoken.provider}). Adding a provider adds an implementation of this interface
 * in the provider's module and changes nothing shared.
 *
 * @param <S> the provider's checked settings
 * @since 0.1.0
 */
public interface RoomTokenProvider<S> {

    /**
     * The provider's name, lower case: its {@code roomtoken.<name>.*} prefix, the value of
     * {@code roomtoken.provider} that makes it primary, and its metrics tag.
     * @return for example {@code signalwire}
     */
    String name();

    /**
     * The provider's name as people write it, for messages.
     * @return for example {@code SignalWire}
     */
    String title();

    /**
     * The name of its template bean.
     * @return for example {@code signalWireRoomTokenTemplate}
     */
    default String templateBeanName() {
        return name() + "RoomTokenTemplate";
    }

    /**
     * Whether the application's settings configure this provider (any of its credentials or its
     * address set). Values that do not bind count as unset; their binding error is reported later.
     * @param binder the application's settings
     * @return {@code true} when a template should be made for it
     */
    boolean isConfigured(Binder binder);

    /**
     * Reads and checks the provider's settings.
     * @param binder the application's settings
     * @param allowInsecure whether credentials may go over plain {@code http://} beyond loopback
     * ({@code roomtoken.http.allow-insecure})
     * @return the checked settings
     * @throws RoomTokenConfigurationException naming the property and the fix, for settings that
     * cannot work
     */
    S settings(Binder binder, boolean allowInsecure);

    /**
     * Makes the provider's issuer.
     * @param settings the checked settings
     * @param connection the HTTP plumbing a REST provider's issuer uses; a signing one ignores it
     * @return the issuer
     */
    RoomTokenIssuer issuer(S settings, ProviderConnection connection);

    /**
     * The provider's properties that hold secrets, below its prefix, such as {@code api-token}:
     * their values are masked in actuator's {@code env} and {@code configprops}.
     * @return the property names
     */
    List<String> secretProperties();
}
