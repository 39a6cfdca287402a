package dev.roomtoken.vonage.emulator;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.roomtoken.test.EmulatorEndpoint;
import dev.roomtoken.test.EmulatorEndpointContext;
import dev.roomtoken.test.EmulatorEndpointFactory;
import dev.roomtoken.test.SigningCredentials;

/**
 * Vonage on the emulator: Vonage's tokens are signed in-process, so the emulator has no API of
 * theirs to answer, only working credentials (random, or those a test fixes), which let an
 * application on the emulator mint Vonage tokens without an account. Registered in
 * {@code META-INF/spring.factories}.
 */
final class VonageEmulatorCredentials implements EmulatorEndpointFactory {

    @Override
    public EmulatorEndpoint create(EmulatorEndpointContext context) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("roomtoken.vonage.application-id",
                context.setting("roomtoken.vonage.application-id", () -> UUID.randomUUID().toString()));
        settings.put("roomtoken.vonage.private-key",
                context.setting("roomtoken.vonage.private-key", VonageEmulatorCredentials::newPrivateKeyPem));
        return new SigningCredentials("vonage", settings);
    }

    /** A fresh RSA key of 2048 bits as PKCS#8 PEM text, as Vonage's dashboard gives one. */
    private static String newPrivateKeyPem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String body = Base64.getMimeEncoder(64, new byte[] { '\n' })
                .encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
            return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("RSA is part of every JDK", ex);
        }
    }
}
