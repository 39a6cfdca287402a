package dev.roomtoken.vonage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the Vonage tests share: an application id, test-only keys that openssl generated for these
 * tests ({@code src/test/resources/keys}), a fixed clock and token id, and a reading of tokens
 * written here, independent of the code under test.
 */
final class VonageFixtures {

    static final String APPLICATION_ID = "9f3d6c1e-5b2a-4c7d-8e9f-0a1b2c3d4e5f";

    static final String SESSION_ID = "2_MX4xMDBfjE0Mzc2NzY1NDgwMTJ-TjMzfn4";

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static final String JTI = "4b1c2d3e-0000-4000-8000-000000000042";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VonageFixtures() {
    }

    /** A PEM file of {@code src/test/resources/keys}. */
    static String pem(String name) {
        try (InputStream in = VonageFixtures.class.getResourceAsStream("/keys/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test key " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static RSAPublicKey publicKey(String name) {
        String base64 = pem(name).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s+", "");
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        }
        catch (java.security.GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** An issuer with the test key, the fixed clock and id, counting the ids it takes (one per token). */
    static VonageTokenIssuer.Builder issuer(AtomicInteger signings) {
        return VonageTokenIssuer.builder()
            .applicationId(APPLICATION_ID)
            .privateKey(pem("pkcs8.pem"))
            .clock(clock())
            .ids(() -> {
                signings.incrementAndGet();
                return JTI;
            });
    }

    static Map<String, Object> header(String token) {
        return json(token.split("\\.")[0]);
    }

    static Map<String, Object> claims(String token) {
        return json(token.split("\\.")[1]);
    }

    private static Map<String, Object> json(String part) {
        return JSON.readValue(Base64.getUrlDecoder().decode(part), new TypeReference<Map<String, Object>>() {
        });
    }

    /** Whether the RS256 signature of a compact JWS verifies with a public key, by the JDK's own RSA. */
    static boolean signatureVerifies(String token, RSAPublicKey publicKey) throws Exception {
        int lastDot = token.lastIndexOf('.');
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKey);
        rsa.update(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        return rsa.verify(Base64.getUrlDecoder().decode(token.substring(lastDot + 1)));
    }
}
