package dev.roomtoken.vonage.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;

import org.springframework.boot.ssl.pem.PemContent;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * Reads {@code roomtoken.vonage.private-key} as Spring Boot's PEM SSL properties do: PEM text as it
 * is, anything else as a resource location whose content is PEM text. A message never shows the
 * value, which may be the key itself.
 */
final class VonagePrivateKeyText {

    private static final String PROPERTY = "roomtoken.vonage.private-key";

    private VonagePrivateKeyText() {
    }

    static String read(String value) {
        if (PemContent.isPresentInText(value)) {
            return value;
        }
        Resource resource = new DefaultResourceLoader().getResource(value.trim());
        if (!resource.exists()) {
            throw new RoomTokenConfigurationException(PROPERTY, "is neither PEM text nor a resource that exists",
                    "Set " + PROPERTY + " to the application's private key: its PEM text, or a location such as "
                            + "file:/run/secrets/vonage-private.key or classpath:vonage-private.key.");
        }
        try (InputStream content = resource.getInputStream()) {
            return new String(content.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new RoomTokenConfigurationException(PROPERTY, "names a resource that cannot be read ("
                    + ex.getClass().getSimpleName() + ")", "Make the resource " + PROPERTY + " names readable.");
        }
    }
}
