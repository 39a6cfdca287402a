package dev.roomtoken.daily;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A compact JWS taken apart in the test, independently of the library's signing code: its header
 * and claims as JSON maps, and its HS256 signature checked with the JDK's own HMAC.
 */
record DecodedJwt(Map<String, Object> header, Map<String, Object> claims, String signingInput, byte[] signature) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    static DecodedJwt of(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new AssertionError("not a compact JWS: " + parts.length + " parts");
        }
        Base64.Decoder base64url = Base64.getUrlDecoder();
        for (String part : parts) {
            if (part.contains("=") || part.contains("+") || part.contains("/")) {
                throw new AssertionError("not base64url without padding: " + part);
            }
        }
        return new DecodedJwt(JSON.readValue(base64url.decode(parts[0]), MAP),
                JSON.readValue(base64url.decode(parts[1]), MAP), parts[0] + "." + parts[1],
                base64url.decode(parts[2]));
    }

    /** A JSON object written in a test, read the way the claims are, so that numbers compare alike. */
    static Map<String, Object> json(String json) {
        return JSON.readValue(json, MAP);
    }

    boolean isSignedWith(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return MessageDigest.isEqual(mac.doFinal(this.signingInput.getBytes(StandardCharsets.US_ASCII)),
                    this.signature);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
