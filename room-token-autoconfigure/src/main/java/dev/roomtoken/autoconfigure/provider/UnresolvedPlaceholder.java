package dev.roomtoken.autoconfigure.provider;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import org.jspecify.annotations.Nullable;

/**
 * Stops a credential or URL property that still holds a {@code ${...}} placeholder after Spring
 * resolved what it could (for example {@code api-token: ${SIGNALWIRE_API_TOKEN}} with the
 * variable unset), which would otherwise be sent to the provider as a literal credential. The
 * message names the property and the placeholder, never the rest of the value.
 */
final class UnresolvedPlaceholder {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^{}]*)}");

    private UnresolvedPlaceholder() {
    }

    static void check(String property, @Nullable String value) {
        if (value == null) {
            return;
        }
        Matcher placeholder = PLACEHOLDER.matcher(value);
        if (placeholder.find()) {
            String name = placeholder.group(1);
            throw new RoomTokenConfigurationException(property,
                    "still holds the unresolved placeholder " + placeholder.group(),
                    "Set the environment variable or property " + name + ", or set " + property + " itself.");
        }
    }
}
