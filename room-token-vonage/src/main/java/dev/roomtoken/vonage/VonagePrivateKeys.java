package dev.roomtoken.vonage;

import java.io.ByteArrayOutputStream;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an RSA private key from PEM text on the JDK alone: PKCS#8 ({@code BEGIN PRIVATE KEY}, what
 * the Vonage dashboard downloads) or PKCS#1 ({@code BEGIN RSA PRIVATE KEY}, what
 * {@code openssl genrsa -traditional} writes), the latter wrapped into PKCS#8 for the JDK's key
 * factory. Every failure says what is wrong in words of its own and never carries the key's text
 * or a cause that could.
 */
final class VonagePrivateKeys {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    /** The DER of PKCS#8's version 0 and the rsaEncryption algorithm identifier with NULL parameters. */
    private static final byte[] PKCS8_RSA_PREFIX = { 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86,
            0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00 };

    private VonagePrivateKeys() {
    }

    /**
     * Reads the first private key of PEM text.
     * @param pem the PEM text
     * @return the key
     * @throws IllegalArgumentException saying, after the word "must", what the text should have
     * been
     */
    static RSAPrivateKey parse(String pem) {
        Matcher block = PEM.matcher(pem);
        if (!block.find()) {
            throw new IllegalArgumentException("must be PEM text: no -----BEGIN ...----- and matching"
                    + " -----END ...----- lines were found");
        }
        String type = block.group(1);
        String body = block.group(2);
        if (type.equals("ENCRYPTED PRIVATE KEY") || body.contains("ENCRYPTED")) {
            throw new IllegalArgumentException("must not be encrypted: give the key decrypted, as Vonage issues it");
        }
        if (!type.equals("PRIVATE KEY") && !type.equals("RSA PRIVATE KEY")) {
            throw new IllegalArgumentException("must be an RSA private key (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE"
                    + " KEY), not a " + type);
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body.replaceAll("\\s+", ""));
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("must hold base64 between its BEGIN and END lines (were its line"
                    + " breaks written as \\n?)");
        }
        PrivateKey key;
        try {
            key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(type.equals("RSA PRIVATE KEY") ? pkcs8(der) : der));
        }
        catch (InvalidKeySpecException | RuntimeException ex) {
            throw new IllegalArgumentException("must hold an RSA private key: its " + type + " block does not parse"
                    + " as one");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("RSA is not available", ex);
        }
        return (RSAPrivateKey) key;
    }

    /** Wraps a PKCS#1 RSAPrivateKey into a PKCS#8 PrivateKeyInfo. */
    private static byte[] pkcs8(byte[] pkcs1) {
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        octets.write(0x04);
        writeLength(octets, pkcs1.length);
        octets.writeBytes(pkcs1);
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        info.write(0x30);
        writeLength(info, PKCS8_RSA_PREFIX.length + octets.size());
        info.writeBytes(PKCS8_RSA_PREFIX);
        info.writeBytes(octets.toByteArray());
        return info.toByteArray();
    }

    /** Writes a DER length: one byte below 128, else the count of length bytes and the bytes. */
    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
            return;
        }
        int bytes = (length > 0xFFFFFF) ? 4 : (length > 0xFFFF) ? 3 : (length > 0xFF) ? 2 : 1;
        out.write(0x80 | bytes);
        for (int i = bytes - 1; i >= 0; i--) {
            out.write(length >>> (8 * i));
        }
    }
}
