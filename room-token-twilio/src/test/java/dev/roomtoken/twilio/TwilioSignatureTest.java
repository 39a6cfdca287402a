package dev.roomtoken.twilio;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signing.DecodedJwt;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import io.jsonwebtoken.security.SignatureException;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static dev.roomtoken.twilio.TwilioFixtures.ACCOUNT_SID;
import static dev.roomtoken.twilio.TwilioFixtures.API_KEY_SECRET;
import static dev.roomtoken.twilio.TwilioFixtures.API_KEY_SID;
import static dev.roomtoken.twilio.TwilioFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Our signatures checked by code we did not write: jjwt, the JWT library Twilio's helper library
 * signs with, and the JDK's own HMAC-SHA256.
 */
class TwilioSignatureTest {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final String token = TwilioFixtures.issuerBuilder()
        .region("au1")
        .build()
        .prepareCreate(RoomTokenRequest.forRoom("standup").identity("Zoë").build())
        .sign()
        .token();

    /**
     * jjwt reads a payload under a {@code cty} header as content rather than claims, so the claims
     * are read from the verified content.
     */
    @Test
    void theSdksJwtLibraryVerifiesOurToken() {
        Jws<byte[]> verified = parser(API_KEY_SECRET).parseSignedContent(this.token);

        assertThat(verified.getHeader().getAlgorithm()).isEqualTo("HS256");
        // jjwt gives the compact media type in full (RFC 7515, section 4.1.10)
        assertThat(verified.getHeader().getContentType()).isEqualTo("application/twilio-fpa;v=1");
        assertThat(verified.getHeader()).containsEntry("twr", "au1");
        Map<String, Object> claims = JsonMapper.builder().build().readValue(verified.getPayload(), MAP);
        assertThat(claims).containsEntry("jti", API_KEY_SID + "-" + NOW.getEpochSecond())
            .containsEntry("iss", API_KEY_SID)
            .containsEntry("sub", ACCOUNT_SID)
            .containsEntry("grants", Map.of("identity", "Zoë", "video", Map.of("room", "standup")));
        assertThat(((Number) claims.get("exp")).longValue()).isEqualTo(NOW.getEpochSecond() + 3600);
    }

    @Test
    void theJdksHmacMatchesOurSignature() {
        assertThat(DecodedJwt.of(this.token).isSignedWith(API_KEY_SECRET)).isTrue();
    }

    @Test
    void anotherSecretFailsVerification() {
        String wrong = "x" + API_KEY_SECRET.substring(1);

        assertThatExceptionOfType(SignatureException.class)
            .isThrownBy(() -> parser(wrong).parseSignedContent(this.token));
        assertThat(DecodedJwt.of(this.token).isSignedWith(wrong)).isFalse();
    }

    @Test
    void changedClaimsFailVerification() {
        String[] parts = this.token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(claims.replace("\"standup\"", "\"boardroom\"").getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertThat(forged).isNotEqualTo(this.token);
        assertThatExceptionOfType(SignatureException.class)
            .isThrownBy(() -> parser(API_KEY_SECRET).parseSignedContent(forged));
    }

    private static JwtParser parser(String secret) {
        return Jwts.parser().verifyWith(Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8))).build();
    }
}
