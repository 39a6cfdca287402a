package dev.roomtoken.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs JSON Web Tokens in the compact form ({@code header.payload.signature}, each part base64url
 * without padding; RFC 7515 and 7519) with one key, for HS256 (HMAC-SHA256) or RS256
 * (RSASSA-PKCS1-v1_5 with SHA-256). The key and the header are prepared once, when the signer is
 * made; each token is then written into one array and signed by its own copy of the keyed
 * algorithm, so a signer is thread-safe (virtual threads included) and keeps no per-thread state.
 * Claims are written as JSON by {@link JsonClaimsWriter}, in the order given, never by the
 * application's Jackson settings. The key never appears in {@link #toString()}.
 *
 * @since 0.1.0
 */
public final class JsonWebSigner {

    private static final byte[] BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        .getBytes(StandardCharsets.US_ASCII);

    private final String algorithm;

    private final SignatureAlgorithm signature;

    private final int signatureLength;

    /** The encoded header and the dot after it. */
    private final byte[] encodedHeader;

    private JsonWebSigner(String algorithm, SignatureAlgorithm signature, int signatureLength, Map<String, ?> header) {
        this.algorithm = algorithm;
        this.signature = signature;
        this.signatureLength = signatureLength;
        this.encodedHeader = encodedHeader(algorithm, header);
    }

    /**
     * A signer for HS256 with a shared secret and the header {@code {"alg":"HS256","typ":"JWT"}}.
     * The caller decides how long a secret its provider accepts; this only refuses an empty one.
     * @param secret the secret's bytes; copied, so later changes to the array do not matter
     * @return the signer
     * @throws IllegalArgumentException if the secret is empty
     */
    public static JsonWebSigner hs256(byte[] secret) {
        return hs256(secret, Map.of());
    }

    /**
     * A signer for HS256 with a shared secret and further header parameters, such as Twilio's
     * {@code cty}.
     * @param secret the secret's bytes; copied, so later changes to the array do not matter
     * @param header the header parameters after {@code alg} and {@code typ}, in order; they may
     * replace {@code typ} but not {@code alg}
     * @return the signer
     * @throws IllegalArgumentException if the secret is empty or the header names {@code alg}
     */
    public static JsonWebSigner hs256(byte[] secret, Map<String, ?> header) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length == 0) {
            throw new IllegalArgumentException("An HS256 secret must not be empty");
        }
        Mac prototype = mac(secret);
        return new JsonWebSigner("HS256", (input, length) -> {
            Mac mac = copyOf(prototype);
            mac.update(input, 0, length);
            return mac.doFinal();
        }, 32, header);
    }

    /**
     * A signer for RS256 with an RSA private key of at least 2048 bits (RFC 7518, section 3.3)
     * and the header {@code {"alg":"RS256","typ":"JWT"}}.
     * @param privateKey the key
     * @return the signer
     * @throws IllegalArgumentException if the key is shorter than 2048 bits or refused by the
     * platform's RSA signature
     */
    public static JsonWebSigner rs256(RSAPrivateKey privateKey) {
        return rs256(privateKey, Map.of());
    }

    /**
     * A signer for RS256 with an RSA private key of at least 2048 bits and further header
     * parameters.
     * @param privateKey the key
     * @param header the header parameters after {@code alg} and {@code typ}, in order
     * @return the signer
     * @throws IllegalArgumentException if the key is shorter than 2048 bits or refused by the
     * platform's RSA signature, or the header names {@code alg}
     */
    public static JsonWebSigner rs256(RSAPrivateKey privateKey, Map<String, ?> header) {
        Objects.requireNonNull(privateKey, "privateKey");
        int bits = privateKey.getModulus().bitLength();
        if (bits < 2048) {
            throw new IllegalArgumentException("An RS256 key must have at least 2048 bits, this one has " + bits);
        }
        rsa(privateKey);
        return new JsonWebSigner("RS256", (input, length) -> {
            Signature rsa = rsa(privateKey);
            rsa.update(input, 0, length);
            return rsa.sign();
        }, (bits + 7) / 8, header);
    }

    /**
     * The algorithm this signer writes into every header.
     * @return {@code HS256} or {@code RS256}
     */
    public String algorithm() {
        return this.algorithm;
    }

    /**
     * Signs one token with this signer's header.
     * @param claims the claims, in order; {@code null} values are left out of the token; values
     * are strings, numbers, booleans, lists or maps
     * @return the token, {@code header.payload.signature}
     */
    public String sign(Map<String, ?> claims) {
        JsonClaimsWriter json = new JsonClaimsWriter(256);
        json.claims(claims);
        return sign(json);
    }

    /**
     * Signs one token with this signer's header and claims already written as JSON, for providers
     * that write their fixed set of claims directly.
     * @param claims the claims' JSON object
     * @return the token, {@code header.payload.signature}
     */
    public String sign(JsonClaimsWriter claims) {
        return sign(this.encodedHeader, claims.buffer(), claims.length());
    }

    /**
     * Signs one token with a header of its own: {@code alg} (this signer's), {@code typ}
     * {@code JWT}, then the given header parameters, which may replace {@code typ} but not
     * {@code alg}.
     * @param header further header parameters, in order
     * @param claims the claims, in order; {@code null} values are left out of the token
     * @return the token, {@code header.payload.signature}
     * @throws IllegalArgumentException if the header names {@code alg}
     */
    public String sign(Map<String, ?> header, Map<String, ?> claims) {
        JsonClaimsWriter json = new JsonClaimsWriter(256);
        json.claims(claims);
        return sign(encodedHeader(this.algorithm, header), json.buffer(), json.length());
    }

    private String sign(byte[] header, byte[] payload, int payloadLength) {
        int signingInputLength = header.length + encodedLength(payloadLength);
        byte[] token = new byte[signingInputLength + 1 + encodedLength(this.signatureLength)];
        System.arraycopy(header, 0, token, 0, header.length);
        encode(payload, payloadLength, token, header.length);
        byte[] signed;
        try {
            signed = this.signature.sign(token, signingInputLength);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(this.algorithm + " signing failed", ex);
        }
        token[signingInputLength] = '.';
        encode(signed, signed.length, token, signingInputLength + 1);
        return new String(token, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return "JsonWebSigner[" + this.algorithm + "]";
    }

    private static byte[] encodedHeader(String algorithm, Map<String, ?> header) {
        if (header.containsKey("alg")) {
            throw new IllegalArgumentException("The header's alg is the signer's own: " + algorithm);
        }
        Map<String, Object> full = new LinkedHashMap<>();
        full.put("alg", algorithm);
        full.put("typ", "JWT");
        full.putAll(header);
        JsonClaimsWriter json = new JsonClaimsWriter(64);
        json.claims(full);
        byte[] encoded = new byte[encodedLength(json.length()) + 1];
        encode(json.buffer(), json.length(), encoded, 0);
        encoded[encoded.length - 1] = '.';
        return encoded;
    }

    private static int encodedLength(int length) {
        return (length / 3) * 4 + ((length % 3 == 0) ? 0 : length % 3 + 1);
    }

    /** Base64url without padding of {@code in}'s first {@code length} bytes, into {@code out} from {@code at}. */
    private static void encode(byte[] in, int length, byte[] out, int at) {
        int full = length - length % 3;
        int i = 0;
        int o = at;
        while (i < full) {
            int bits = (in[i++] & 0xFF) << 16 | (in[i++] & 0xFF) << 8 | (in[i++] & 0xFF);
            out[o++] = BASE64URL[bits >>> 18];
            out[o++] = BASE64URL[(bits >>> 12) & 0x3F];
            out[o++] = BASE64URL[(bits >>> 6) & 0x3F];
            out[o++] = BASE64URL[bits & 0x3F];
        }
        if (length - full == 1) {
            int bits = (in[i] & 0xFF) << 16;
            out[o++] = BASE64URL[bits >>> 18];
            out[o] = BASE64URL[(bits >>> 12) & 0x3F];
        }
        else if (length - full == 2) {
            int bits = (in[i] & 0xFF) << 16 | (in[i + 1] & 0xFF) << 8;
            out[o++] = BASE64URL[bits >>> 18];
            out[o++] = BASE64URL[(bits >>> 12) & 0x3F];
            out[o] = BASE64URL[(bits >>> 6) & 0x3F];
        }
    }

    private static Mac mac(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            // a platform whose HMAC cannot be copied fails here, once, rather than on each token
            mac.clone();
            return mac;
        }
        catch (NoSuchAlgorithmException | InvalidKeyException | CloneNotSupportedException ex) {
            throw new IllegalStateException("HmacSHA256 is not available for signing", ex);
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

        byte[] sign(byte[] input, int length) throws GeneralSecurityException;
    }
}
