package dev.roomtoken.livekit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signing.DecodedJwt;
import org.junit.jupiter.api.Test;

import static dev.roomtoken.livekit.LiveKitFixtures.API_KEY;
import static dev.roomtoken.livekit.LiveKitFixtures.API_SECRET;
import static dev.roomtoken.livekit.LiveKitFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Our signatures checked by code we did not write: auth0's java-jwt, the verifier LiveKit's JVM
 * SDK uses, with the issuer and time claims checked as a LiveKit server checks them; and the JDK's
 * own HMAC-SHA256.
 */
class LiveKitSignatureTest {

    private final String token = LiveKitFixtures.issuer()
        .prepareCreate(RoomTokenRequest.forRoom("standup").identity("u-42").displayName("Zoë").build())
        .sign()
        .token();

    @Test
    void theSdksVerifierAcceptsOurTokenWithTheApiSecret() {
        // the time claims checked at the moment the token was signed, with a LiveKit server's minute of leeway
        DecodedJWT verified = ((JWTVerifier.BaseVerification) JWT.require(Algorithm.HMAC256(API_SECRET))
            .withIssuer(API_KEY)
            .acceptLeeway(60)).build(Clock.fixed(NOW, ZoneOffset.UTC))
            .verify(this.token);

        assertThat(verified.getSubject()).isEqualTo("u-42");
        assertThat(verified.getClaim("name").asString()).isEqualTo("Zoë");
        assertThat(verified.getNotBefore()).isEqualTo(NOW);
        assertThat(verified.getExpiresAt()).isEqualTo(NOW.plusSeconds(21_600));
    }

    @Test
    void theJdksHmacMatchesOurSignature() {
        assertThat(DecodedJwt.of(this.token).isSignedWith(API_SECRET)).isTrue();
    }

    @Test
    void anotherSecretFailsVerification() {
        String wrong = API_SECRET.substring(1) + "x";

        assertThatExceptionOfType(SignatureVerificationException.class)
            .isThrownBy(() -> JWT.require(Algorithm.HMAC256(wrong)).build().verify(this.token));
        assertThat(DecodedJwt.of(this.token).isSignedWith(wrong)).isFalse();
    }

    @Test
    void changedClaimsFailVerification() {
        String[] parts = this.token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(claims.replace("\"u-42\"", "\"u-43\"").getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertThat(forged).isNotEqualTo(this.token);
        assertThatExceptionOfType(SignatureVerificationException.class)
            .isThrownBy(() -> JWT.require(Algorithm.HMAC256(API_SECRET)).build().verify(forged));
        assertThat(DecodedJwt.of(forged).isSignedWith(API_SECRET)).isFalse();
    }

    @Test
    void aTokenSignedByAnotherIssuerWithItsOwnSecretIsNotOurs() {
        String other = LiveKitFixtures.issuerBuilder()
            .apiSecret("an0ther-pr0ject's-secret-0f-at-least-32-bytes")
            .build()
            .prepareCreate(RoomTokenRequest.forRoom("standup").identity("u-42").displayName("Zoë").build())
            .sign()
            .token();

        assertThat(DecodedJwt.of(other).claims()).isEqualTo(DecodedJwt.of(this.token).claims());
        assertThat(DecodedJwt.of(other).isSignedWith(API_SECRET)).isFalse();
    }
}
