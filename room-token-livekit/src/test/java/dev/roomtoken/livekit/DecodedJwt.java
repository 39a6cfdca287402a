package dev.roomtoken.livekit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A compact JWS taken apart with the JDK and a plain JSON reader, independently of the code that
 * signs: its header and claims as maps, and whether an HMAC-SHA256 with a given secret matches its
 * signature.
 */
record DecodedJwt(Map<String, Object> header, Map<String, Object> claims, String signingInput, byte[] signature) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    static DecodedJwt of(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a compact JWS: " + parts.length + " parts");
        }
        Base64.Decoder base64url = Base64.getUrlDecoder();
        return new DecodedJwt(JSON.readValue(base64url.decode(parts[0]), MAP),
                JSON.readValue(base64url.decode(parts[1]), MAP), parts[0] + "." + parts[1], base64url.decode(parts[2]));
    }

    boolean isSignedWith(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(this.signingInput.getBytes(StandardCharsets.US_ASCII));
            return MessageDigest.isEqual(expected, this.signature);
        }
        catch (java.security.GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
