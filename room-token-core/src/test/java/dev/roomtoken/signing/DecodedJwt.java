package dev.roomtoken.signing;

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
 * A compact JWS taken apart in a test with the JDK and a plain JSON reader, independently of the
 * library's signing code: its header and claims as maps, and whether an HMAC-SHA256 with a given
 * secret matches its signature. In core's test-jar, for every provider module that signs locally.
 *
 * @param header the header
 * @param claims the claims
 * @param signingInput the encoded header and claims, joined by a dot
 * @param signature the signature's bytes
 */
public record DecodedJwt(Map<String, Object> header, Map<String, Object> claims, String signingInput,
        byte[] signature) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /**
     * Takes a token apart.
     * @param token a compact JWS
     * @return its parts
     * @throws AssertionError if it is not three parts of base64url without padding
     */
    public static DecodedJwt of(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new AssertionError("not a compact JWS: " + parts.length + " parts");
        }
        for (String part : parts) {
            if (part.contains("=") || part.contains("+") || part.contains("/")) {
                throw new AssertionError("not base64url without padding: " + part);
            }
        }
        Base64.Decoder base64url = Base64.getUrlDecoder();
        return new DecodedJwt(JSON.readValue(base64url.decode(parts[0]), MAP),
                JSON.readValue(base64url.decode(parts[1]), MAP), parts[0] + "." + parts[1],
                base64url.decode(parts[2]));
    }

    /**
     * A JSON object written in a test, read the way the claims are, so that numbers compare alike.
     * @param json the object's JSON
     * @return the object
     */
    public static Map<String, Object> json(String json) {
        return JSON.readValue(json, MAP);
    }

    /**
     * Whether an HMAC-SHA256 with the secret, computed here with the JDK, matches the signature.
     * @param secret the secret, as UTF-8
     * @return {@code true} if it does
     */
    public boolean isSignedWith(String secret) {
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
