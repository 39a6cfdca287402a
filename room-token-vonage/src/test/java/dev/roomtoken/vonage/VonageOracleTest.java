package dev.roomtoken.vonage;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.vonage.client.VonageClient;
import com.vonage.client.video.Role;
import com.vonage.client.video.TokenOptions;
import com.vonage.client.video.VideoClient;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.roomtoken.vonage.VonageFixtures.APPLICATION_ID;
import static dev.roomtoken.vonage.VonageFixtures.SESSION_ID;
import static dev.roomtoken.vonage.VonageFixtures.claims;
import static dev.roomtoken.vonage.VonageFixtures.header;
import static dev.roomtoken.vonage.VonageFixtures.pem;
import static dev.roomtoken.vonage.VonageFixtures.publicKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Our tokens against Vonage's own, {@code com.vonage:server-sdk}'s {@code VideoClient.generateToken}
 * with the same application and key: the same header, the same claims (the SDK's issue time and
 * token id are its own, so those are compared by rule), and signatures that the public key verifies,
 * by the JDK's RSA and by the SDK's JWT library.
 */
class VonageOracleTest {

    private static final VideoClient SDK = VonageClient.builder()
        .applicationId(APPLICATION_ID)
        .privateKeyContents(pem("pkcs8.pem"))
        .build()
        .getVideoClient();

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of(null, null, null, null, "the defaults: publisher, 24 h"),
                Arguments.of(VonageRole.SUBSCRIBER, null, null, null, "subscriber"),
                Arguments.of(VonageRole.PUBLISHER, null, null, null, "publisher"),
                Arguments.of(VonageRole.MODERATOR, null, null, null, "moderator"),
                Arguments.of(VonageRole.PUBLISHER_ONLY, null, null, null, "publisher only"),
                Arguments.of(null, Duration.ofSeconds(1), null, null, "the shortest ttl"),
                Arguments.of(null, Duration.ofDays(30), null, null, "the longest ttl"),
                Arguments.of(null, Duration.ofMinutes(15), null, null, "a ttl of 15 minutes"),
                Arguments.of(null, null, "{\"name\":\"Zoë 😀 会议\",\"id\":\"u-42\"}", null, "non-ASCII connection data"),
                Arguments.of(null, null, "", null, "empty connection data"),
                Arguments.of(null, null, "x".repeat(1000), null, "the longest connection data"),
                Arguments.of(null, null, "a \"quoted\" \\ back\\slash\n\tand <html> & \u0001", null,
                        "connection data that JSON escapes"),
                Arguments.of(null, null, null, List.of("focus"), "one layout class"),
                Arguments.of(null, null, null, List.of("focus", "full", "größe"), "three layout classes"),
                Arguments.of(null, null, null, List.of(), "no layout class"),
                Arguments.of(VonageRole.MODERATOR, Duration.ofHours(2), "{\"id\":42}", List.of("focus", "full"),
                        "every claim"));
    }

    @ParameterizedTest(name = "{4}")
    @MethodSource("requests")
    void theSameHeaderAndClaimsAsTheSdk(@Nullable VonageRole role, @Nullable Duration ttl,
            @Nullable String connectionData, @Nullable List<String> layoutClasses, String description) {
        String ours = ours(role, ttl, connectionData, layoutClasses).token();
        String sdk = SDK.generateToken(SESSION_ID, sdkOptions(role, ttl, connectionData, layoutClasses));

        assertThat(header(ours)).isEqualTo(header(sdk)).isEqualTo(Map.of("alg", "RS256", "typ", "JWT"));
        Map<String, Object> ourClaims = claims(ours);
        Map<String, Object> sdkClaims = claims(sdk);
        assertThat(ourClaims).containsOnlyKeys(sdkClaims.keySet());
        assertThat(withoutTimesAndId(ourClaims)).isEqualTo(withoutTimesAndId(sdkClaims));
        long seconds = (ttl != null) ? ttl.getSeconds() : Duration.ofHours(24).getSeconds();
        assertThat(number(sdkClaims, "exp") - number(sdkClaims, "iat")).as("the SDK's exp - iat").isEqualTo(seconds);
        assertThat(number(ourClaims, "exp") - number(ourClaims, "iat")).as("our exp - iat").isEqualTo(seconds);
        assertThat(number(ourClaims, "iat")).isEqualTo(VonageFixtures.NOW.getEpochSecond());
        assertThat((String) sdkClaims.get("jti")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void withRandomIdsOursAreUuidsAsTheSdksAre() {
        VonageTokenIssuer issuer = VonageTokenIssuer.builder()
            .applicationId(APPLICATION_ID)
            .privateKey(pem("pkcs8.pem"))
            .build();

        String first = (String) claims(issuer.prepareCreate(RoomTokenRequest.forRoom(SESSION_ID).build()).sign().token())
            .get("jti");
        String second = (String) claims(issuer.prepareCreate(RoomTokenRequest.forRoom(SESSION_ID).build()).sign().token())
            .get("jti");

        assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
            .isNotEqualTo(second);
    }

    @Test
    void thePublicKeyVerifiesOurSignatureAndAnotherKeyDoesNot() throws Exception {
        String ours = ours(VonageRole.MODERATOR, null, "{\"id\":42}", List.of("focus")).token();

        assertThat(VonageFixtures.signatureVerifies(ours, publicKey("public.pem"))).isTrue();
        assertThat(VonageFixtures.signatureVerifies(ours, publicKey("other-public.pem"))).isFalse();
        JWTVerifier atIssue = ((JWTVerifier.BaseVerification) JWT.require(Algorithm.RSA256(publicKey("public.pem"), null)))
            .build(Clock.fixed(VonageFixtures.NOW, ZoneOffset.UTC));
        assertThat(atIssue.verify(ours).getClaim("role").asString()).isEqualTo("moderator");
        assertThatExceptionOfType(SignatureVerificationException.class)
            .isThrownBy(() -> JWT.require(Algorithm.RSA256(publicKey("other-public.pem"), null)).build().verify(ours));
    }

    @Test
    void theSdksTokenVerifiesWithTheSamePublicKey() throws Exception {
        assertThat(VonageFixtures.signatureVerifies(SDK.generateToken(SESSION_ID), publicKey("public.pem"))).isTrue();
    }

    @Test
    void aPkcs1KeySignsAsItsPkcs8FormDoes() throws Exception {
        RoomToken fromPkcs1 = VonageFixtures.issuer(new AtomicInteger())
            .privateKey(pem("pkcs1.pem"))
            .build()
            .prepareCreate(RoomTokenRequest.forRoom(SESSION_ID).build())
            .sign();

        assertThat(fromPkcs1.token()).as("RS256 is deterministic: the same key gives the same token")
            .isEqualTo(ours(null, null, null, null).token());
        assertThat(VonageFixtures.signatureVerifies(fromPkcs1.token(), publicKey("public.pem"))).isTrue();
    }

    private static RoomToken ours(@Nullable VonageRole role, @Nullable Duration ttl, @Nullable String connectionData,
            @Nullable List<String> layoutClasses) {
        return VonageFixtures.issuer(new AtomicInteger())
            .build()
            .prepareCreate(RoomTokenRequest.forRoom(SESSION_ID)
                .ttl(ttl)
                .options(new VonageTokenOptions(role, connectionData, layoutClasses))
                .build())
            .sign();
    }

    private static TokenOptions sdkOptions(@Nullable VonageRole role, @Nullable Duration ttl,
            @Nullable String connectionData, @Nullable List<String> layoutClasses) {
        TokenOptions.Builder options = TokenOptions.builder();
        if (role != null) {
            options.role(Role.valueOf(role.name()));
        }
        if (ttl != null) {
            options.expiryLength(ttl);
        }
        return options.data(connectionData).initialLayoutClassList(layoutClasses).build();
    }

    private static Map<String, Object> withoutTimesAndId(Map<String, Object> claims) {
        Map<String, Object> rest = new HashMap<>(claims);
        rest.keySet().removeAll(List.of("iat", "exp", "jti"));
        return rest;
    }

    private static long number(Map<String, Object> claims, String name) {
        return ((Number) claims.get(name)).longValue();
    }
}
