package dev.roomtoken.signing;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tokens from {@link JsonWebSigner}, read back and verified here with the JDK's own HMAC and RSA
 * verification on the token's text, not with the signer's code.
 */
class JsonWebSignerTest {

    private static final byte[] SECRET = "a-secret-of-thirty-two-bytes-xyz".getBytes(StandardCharsets.US_ASCII);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void hs256TokenCarriesHeaderAndClaimsAndVerifiesWithTheSecret() throws Exception {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "key");
        claims.put("sub", "Zoë 日本");
        claims.put("exp", 1_700_000_000L);
        claims.put("video", Map.of("room", "main", "roomJoin", true));
        String token = JsonWebSigner.hs256(SECRET).sign(Map.of("cty", "twilio-fpa;v=1"), claims);

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(json(parts[0])).isEqualTo(Map.of("alg", "HS256", "typ", "JWT", "cty", "twilio-fpa;v=1"));
        assertThat(json(parts[1])).isEqualTo(Map.of("iss", "key", "sub", "Zoë 日本", "exp", 1_700_000_000,
                "video", Map.of("room", "main", "roomJoin", true)));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(Base64.getUrlDecoder().decode(parts[2])).isEqualTo(expected);
        assertThat(token).doesNotContain("=", "+", "/");
    }

    @Test
    void hs256SignatureDependsOnTheSecret() {
        Map<String, Object> claims = Map.of("sub", "u-1");
        String one = JsonWebSigner.hs256(SECRET).sign(Map.of(), claims);
        String other = JsonWebSigner.hs256("another-secret-of-32-bytes-xyzzy".getBytes(StandardCharsets.US_ASCII))
            .sign(Map.of(), claims);
        assertThat(one.substring(0, one.lastIndexOf('.'))).isEqualTo(other.substring(0, other.lastIndexOf('.')));
        assertThat(one).isNotEqualTo(other);
    }

    @Test
    void laterChangesToTheSecretArrayDoNotChangeTheSigner() {
        byte[] secret = SECRET.clone();
        JsonWebSigner signer = JsonWebSigner.hs256(secret);
        String before = signer.sign(Map.of(), Map.of("sub", "u-1"));
        secret[0] = 'X';
        assertThat(signer.sign(Map.of(), Map.of("sub", "u-1"))).isEqualTo(before);
    }

    @Test
    void claimsWithNullValuesAreLeftOutAndOrderIsKept() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("b", 1);
        claims.put("gone", null);
        claims.put("a", List.of("x"));
        String payload = JsonWebSigner.hs256(SECRET).sign(Map.of(), claims).split("\\.")[1];
        assertThat(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
            .isEqualTo("{\"b\":1,\"a\":[\"x\"]}");
    }

    @Test
    void rs256TokenVerifiesWithThePublicKey() throws Exception {
        KeyPair keys = rsaKeys(2048);
        String token = JsonWebSigner.rs256((RSAPrivateKey) keys.getPrivate())
            .sign(Map.of(), Map.of("application_id", "app", "scope", "session.connect"));
        String[] parts = token.split("\\.");
        assertThat(json(parts[0])).isEqualTo(Map.of("alg", "RS256", "typ", "JWT"));
        assertThat(json(parts[1])).isEqualTo(Map.of("application_id", "app", "scope", "session.connect"));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(keys.getPublic());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        verifier.initVerify(rsaKeys(2048).getPublic());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isFalse();
    }

    @Test
    void refusesAnEmptySecretAShortRsaKeyAndAnAlgInTheHeader() throws Exception {
        assertThatIllegalArgumentException().isThrownBy(() -> JsonWebSigner.hs256(new byte[0]))
            .withMessage("An HS256 secret must not be empty");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> JsonWebSigner.rs256((RSAPrivateKey) rsaKeys(1024).getPrivate()))
            .withMessage("An RS256 key must have at least 2048 bits, this one has 1024");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> JsonWebSigner.hs256(SECRET).sign(Map.of("alg", "none"), Map.of()))
            .withMessage("The header's alg is the signer's own: HS256");
    }

    @Test
    void aHeaderGivenOnceIsInEveryTokenInItsOrder() throws Exception {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("cty", "twilio-fpa;v=1");
        header.put("twr", "ie1");
        JsonWebSigner signer = JsonWebSigner.hs256(SECRET, header);

        String token = signer.sign(Map.of("sub", "u-1"));

        String[] parts = token.split("\\.");
        assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8))
            .isEqualTo("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"cty\":\"twilio-fpa;v=1\",\"twr\":\"ie1\"}");
        assertThat(token).isEqualTo(JsonWebSigner.hs256(SECRET).sign(header, Map.of("sub", "u-1")));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        assertThat(Base64.getUrlDecoder().decode(parts[2]))
            .isEqualTo(mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII)));
        assertThatIllegalArgumentException().isThrownBy(() -> JsonWebSigner.hs256(SECRET, Map.of("alg", "none")))
            .withMessage("The header's alg is the signer's own: HS256");
    }

    @Test
    void everyPayloadLengthIsEncodedAsTheJdkEncodesIt() {
        JsonWebSigner signer = JsonWebSigner.hs256(SECRET);
        for (int length = 0; length < 12; length++) {
            String token = signer.sign(Map.of("n", "x".repeat(length)));
            String payload = token.split("\\.")[1];
            assertThat(payload).isEqualTo(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"n\":\"" + "x".repeat(length) + "\"}").getBytes(StandardCharsets.US_ASCII)));
        }
    }

    @Test
    void toStringNamesTheAlgorithmOnly() {
        JsonWebSigner signer = JsonWebSigner.hs256(SECRET);
        assertThat(signer).hasToString("JsonWebSigner[HS256]");
        assertThat(signer.algorithm()).isEqualTo("HS256");
    }

    private static Map<?, ?> json(String part) {
        return JSON.readValue(Base64.getUrlDecoder().decode(part), Map.class);
    }

    private static KeyPair rsaKeys(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }
}
