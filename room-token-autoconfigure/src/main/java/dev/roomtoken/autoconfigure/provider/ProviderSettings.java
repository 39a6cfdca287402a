package dev.roomtoken.autoconfigure.provider;

import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A builder method named in a builder's message: {@code (apiSecret, roomtoken...)} or {@code (defaultTtl)}. */
    private static final Pattern BUILDER_METHOD = Pattern.compile("\\((\\w+)(?:, [^)]*)?\\)");

    /** A builder method that starts a builder's message: {@code tokenTtl must be ...}. */
    private static final Pattern LEADING_BUILDER_METHOD = Pattern.compile("^(\\w+) ");

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

    /**
     * Runs an issuer builder's own checks at start-up, so that they and the issuer can never
     * disagree, and turns a refusal into a failure naming the property. The builder's message must
     * name the builder method in parentheses, as {@code (apiSecret, ...)} or {@code (defaultTtl)},
     * or start with it, as {@code tokenTtl must be ...}, followed by the rule; it must not repeat
     * the value, which may be a secret.
     * @param prefix the provider's prefix with its dot, for example {@code roomtoken.livekit.}
     * @param properties the property below the prefix that each builder method takes, by method
     * @param build builds the issuer from the settings
     * @throws RoomTokenConfigurationException naming the property whose value the builder refused
     */
    public static void checkWithBuilder(String prefix, Map<String, String> properties, Runnable build) {
        try {
            build.run();
        }
        catch (IllegalArgumentException | IllegalStateException ex) {
            String message = String.valueOf(ex.getMessage());
            Matcher named = BUILDER_METHOD.matcher(message);
            if (!named.find() || !properties.containsKey(named.group(1))) {
                named = LEADING_BUILDER_METHOD.matcher(message);
                if (!named.find() || !properties.containsKey(named.group(1))) {
                    throw ex;
                }
            }
            String property = properties.get(named.group(1));
            String rule = message.substring(named.end()).trim();
            throw new RoomTokenConfigurationException(prefix + property, rule,
                    "Correct " + prefix + property + ": its value " + rule + ".");
        }
    }
}
