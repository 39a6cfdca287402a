package dev.roomtoken.test;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Mints JWT-shaped tokens (HS256 with a key of this emulator's own) and reads back the claims of
 * tokens it minted.
 */
final class TokenMinter {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private static final String HEADER = ENCODER
        .encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final byte[] key = new byte[32];

    TokenMinter() {
        new SecureRandom().nextBytes(this.key);
    }

    String mint(Map<String, Object> claims) {
        String payload = ENCODER.encodeToString(EmulatorJson.write(claims).getBytes(StandardCharsets.UTF_8));
        return HEADER + "." + payload + "." + sign(HEADER + "." + payload);
    }

    /** The claims of a token this minter made, or {@code null} if it did not make it. */
    @Nullable Map<String, Object> verify(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        byte[] expected = sign(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        try {
            return new LinkedHashMap<>(
                    EmulatorJson.objectOrEmpty(new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8)));
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private String sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal(content.getBytes(StandardCharsets.US_ASCII)));
        }
        catch (NoSuchAlgorithmException | InvalidKeyException ex) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
        }
    }
}
