package dev.roomtoken.signalwire;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a SignalWire space into the base URL of its REST API: {@code example} and
 * {@code example.signalwire.com} both become {@code https://example.signalwire.com}.
 *
 * @since 0.1.0
 */
public final class SignalWireSpace {

    private static final String DOMAIN = ".signalwire.com";

    private static final Pattern SPACE_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private SignalWireSpace() {
    }

    /**
     * The base URL of a space's REST API.
     * @param space the space's name, with or without {@code .signalwire.com}
     * @return for example {@code https://example.signalwire.com}
     * @throws IllegalArgumentException if the value is not a space name
     */
    public static URI baseUrl(String space) {
        String name = space.trim().toLowerCase(Locale.ROOT);
        if (name.endsWith(DOMAIN)) {
            name = name.substring(0, name.length() - DOMAIN.length());
        }
        if (!SPACE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + space + "' is not a SignalWire space: give its name, such as "
                    + "'example', or its host, such as 'example.signalwire.com'");
        }
        return URI.create("https://" + name + DOMAIN);
    }
}
