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
 * Mints an emulator's JWT-shaped tokens (HS256 with a random key of that emulator's own) and reads
 * back the claims of tokens it minted. One minter serves all of an emulator's endpoints
 * ({@link EmulatorEndpointContext#tokens()}), so {@link RoomTokenEmulator#decodeClaims(String)}
 * reads any token the emulator answered with, and a token from one emulator is never valid on
 * another. Support for endpoint implementations. Thread-safe.
 *
 * @since 0.1.0
 */
public final class TokenMinter {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private static final String HEADER = ENCODER
        .encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final byte[] key = new byte[32];

    TokenMinter() {
        new SecureRandom().nextBytes(this.key);
    }

    /**
     * Mints a token.
     * @param claims the claims, written as the token's JSON payload
     * @return {@code header.payload.signature}, each part base64url without padding
     */
    public String mint(Map<String, Object> claims) {
        String payload = ENCODER.encodeToString(EmulatorJson.write(claims).getBytes(StandardCharsets.UTF_8));
        return HEADER + "." + payload + "." + sign(HEADER + "." + payload);
    }

    /**
     * Reads back a token this minter made, for example a refresh token sent back to an endpoint.
     * @param token the token
     * @return its claims, or {@code null} if this minter did not make it (or it was altered)
     */
    public @Nullable Map<String, Object> verify(String token) {
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
