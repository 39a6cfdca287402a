package dev.roomtoken.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

/**
 * Signs JSON Web Tokens in the compact form ({@code header.payload.signature}, each part base64url
 * without padding; RFC 7515 and 7519) with one key, for HS256 (HMAC-SHA256) or RS256
 * (RSASSA-PKCS1-v1_5 with SHA-256). Header and claims are written as JSON by the library's own
 * mapper, in the order the maps give, so a global Jackson setting never changes a token.
 * Thread-safe: the key is prepared once and each signature uses its own copy of the algorithm.
 * The key never appears in {@link #toString()}.
 *
 * @since 0.1.0
 */
public final class JsonWebSigner {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final String algorithm;

    private final SignatureAlgorithm signature;

    private JsonWebSigner(String algorithm, SignatureAlgorithm signature) {
        this.algorithm = algorithm;
        this.signature = signature;
    }

    /**
     * A signer for HS256 with a shared secret. The caller decides how long a secret its provider
     * accepts; this only refuses an empty one.
     * @param secret the secret's bytes; copied, so later changes to the array do not matter
     * @return the signer
     * @throws IllegalArgumentException if the secret is empty
     */
    public static JsonWebSigner hs256(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length == 0) {
            throw new IllegalArgumentException("An HS256 secret must not be empty");
        }
        Mac prototype = mac(secret);
        return new JsonWebSigner("HS256", (input) -> copyOf(prototype).doFinal(input));
    }

    /**
     * A signer for RS256 with an RSA private key of at least 2048 bits (RFC 7518, section 3.3).
     * @param privateKey the key
     * @return the signer
     * @throws IllegalArgumentException if the key is shorter than 2048 bits or refused by the
     * platform's RSA signature
     */
    public static JsonWebSigner rs256(RSAPrivateKey privateKey) {
        Objects.requireNonNull(privateKey, "privateKey");
        if (privateKey.getModulus().bitLength() < 2048) {
            throw new IllegalArgumentException("An RS256 key must have at least 2048 bits, this one has "
                    + privateKey.getModulus().bitLength());
        }
        rsa(privateKey);
        return new JsonWebSigner("RS256", (input) -> {
            Signature rsa = rsa(privateKey);
            rsa.update(input);
            return rsa.sign();
        });
    }

    /**
     * The algorithm this signer writes into every header.
     * @return {@code HS256} or {@code RS256}
     */
    public String algorithm() {
        return this.algorithm;
    }

    /**
     * Signs one token. The header written is {@code alg} (this signer's), {@code typ} {@code JWT},
     * then the given header parameters, which may replace {@code typ} but not {@code alg}.
     * @param header further header parameters, in order (for example Twilio's {@code cty});
     * values are strings, numbers, booleans, lists or maps
     * @param claims the claims, in order; {@code null} values are left out of the token
     * @return the token, {@code header.payload.signature}
     * @throws IllegalArgumentException if the header names {@code alg}
     */
    public String sign(Map<String, ?> header, Map<String, ?> claims) {
        if (header.containsKey("alg")) {
            throw new IllegalArgumentException("The header's alg is the signer's own: " + this.algorithm);
        }
        Map<String, Object> fullHeader = new LinkedHashMap<>();
        fullHeader.put("alg", this.algorithm);
        fullHeader.put("typ", "JWT");
        fullHeader.putAll(header);
        Map<String, Object> presentClaims = new LinkedHashMap<>();
        claims.forEach((name, value) -> {
            if (value != null) {
                presentClaims.put(name, value);
            }
        });
        String signingInput = BASE64URL.encodeToString(JSON.writeValueAsBytes(fullHeader)) + "."
                + BASE64URL.encodeToString(JSON.writeValueAsBytes(presentClaims));
        byte[] signatureBytes;
        try {
            signatureBytes = this.signature.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(this.algorithm + " signing failed", ex);
        }
        return signingInput + "." + BASE64URL.encodeToString(signatureBytes);
    }

    @Override
    public String toString() {
        return "JsonWebSigner[" + this.algorithm + "]";
    }

    private static Mac mac(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        }
        catch (NoSuchAlgorithmException | InvalidKeyException ex) {
            throw new IllegalStateException("HmacSHA256 is not available", ex);
        }
    }

    private static Mac copyOf(Mac prototype) throws GeneralSecurityException {
        try {
            return (Mac) prototype.clone();
        }
        catch (CloneNotSupportedException ex) {
            throw new NoSuchAlgorithmException("HmacSHA256 cannot be copied on this platform", ex);
        }
    }

    private static Signature rsa(RSAPrivateKey privateKey) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey);
            return rsa;
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA256withRSA is not available", ex);
        }
        catch (InvalidKeyException ex) {
            throw new IllegalArgumentException("The RSA private key was refused: " + ex.getMessage(), ex);
        }
    }

    @FunctionalInterface
    private interface SignatureAlgorithm {

        byte[] sign(byte[] input) throws GeneralSecurityException;
    }
}
