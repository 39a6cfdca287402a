package dev.roomtoken.vonage.emulator;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import dev.roomtoken.test.EmulatorEndpointContext;

/**
 * The emulator's Vonage application key: a fresh RSA key of 2048 bits, or the PKCS#8 one a test
 * fixes with {@code roomtoken.vonage.private-key}; its PEM text is what the application is given,
 * its public half what the emulator verifies application JWTs with. Read here with the JDK alone,
 * never with the client's key parsing, so that the emulator checks the client independently.
 *
 * @param privateKeyPem the private key as PKCS#8 PEM text
 * @param publicKey its public half
 */
record VonageEmulatorKey(String privateKeyPem, RSAPublicKey publicKey) {

    static final String PRIVATE_KEY = "roomtoken.vonage.private-key";

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";

    private static final String END = "-----END PRIVATE KEY-----";

    static VonageEmulatorKey of(EmulatorEndpointContext context) {
        KeyPair[] generated = new KeyPair[1];
        String pem = context.setting(PRIVATE_KEY, () -> {
            generated[0] = newKeyPair();
            return pem(generated[0].getPrivate().getEncoded());
        });
        RSAPublicKey publicKey = (generated[0] != null) ? (RSAPublicKey) generated[0].getPublic() : publicKeyOf(pem);
        return new VonageEmulatorKey(pem, publicKey);
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("RSA is part of every JDK", ex);
        }
    }

    private static String pem(byte[] pkcs8) {
        return BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(pkcs8) + "\n" + END
                + "\n";
    }

    private static RSAPublicKey publicKeyOf(String pem) {
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(PRIVATE_KEY + " fixed for the emulator must be PKCS#8 PEM text ("
                    + BEGIN + ")");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
            return (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        }
        catch (GeneralSecurityException | IllegalArgumentException | ClassCastException ex) {
            throw new IllegalArgumentException(PRIVATE_KEY + " fixed for the emulator is not an RSA private key in "
                    + "PKCS#8 PEM text");
        }
    }

    @Override
    public String toString() {
        return "VonageEmulatorKey[privateKeyPem=******]";
    }
}
