package dev.roomtoken.vonage;

import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.roomtoken.Issuance;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenOptions;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.UnsupportedRoomTokenOperationException;
import org.junit.jupiter.api.Test;

import static dev.roomtoken.vonage.VonageFixtures.APPLICATION_ID;
import static dev.roomtoken.vonage.VonageFixtures.JTI;
import static dev.roomtoken.vonage.VonageFixtures.NOW;
import static dev.roomtoken.vonage.VonageFixtures.SESSION_ID;
import static dev.roomtoken.vonage.VonageFixtures.claims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How a portable request becomes a Vonage Video token: its exact claims, join details and expiry,
 * and what is not sent.
 */
class VonageTokenIssuerTest {

    private final AtomicInteger signings = new AtomicInteger();

    private final VonageTokenIssuer issuer = VonageFixtures.issuer(this.signings).build();

    @Test
    void theIssuerIsVonageAndSigns() {
        Issuance issuance = this.issuer.prepareCreate(RoomTokenRequest.forRoom(SESSION_ID).build());

        assertThat(this.issuer.provider()).isEqualTo("vonage");
        assertThat(issuance).isInstanceOf(Issuance.Signing.class);
        assertThat(this.signings).as("nothing is signed while preparing").hasValue(0);
    }

    @Test
    void aMinimalRequestCarriesTheClaimsEveryTokenHas() {
        RoomToken token = create(RoomTokenRequest.forRoom(SESSION_ID).build());

        assertThat(claims(token.token())).containsExactly(Map.entry("application_id", APPLICATION_ID),
                Map.entry("iat", (int) NOW.getEpochSecond()), Map.entry("exp", (int) NOW.getEpochSecond() + 86400),
                Map.entry("jti", JTI), Map.entry("scope", "session.connect"), Map.entry("session_id", SESSION_ID),
                Map.entry("role", "publisher"));
        assertThat(token.provider()).isEqualTo("vonage");
        assertThat(token.room()).isEqualTo(SESSION_ID);
        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(token.join()).containsExactly(Map.entry("applicationId", APPLICATION_ID),
                Map.entry("sessionId", SESSION_ID));
        assertThat(token.refreshToken()).isNull();
        assertThat(this.signings).hasValue(1);
    }

    @Test
    void everyOptionIsAClaim() {
        RoomToken token = create(RoomTokenRequest.forRoom(SESSION_ID)
            .ttl(Duration.ofMinutes(30))
            .options(VonageTokenOptions.builder()
                .role(VonageRole.PUBLISHER_ONLY)
                .connectionData("{\"name\":\"Zoë\"}")
                .initialLayoutClassList("focus", "full")
                .build())
            .build());

        assertThat(claims(token.token())).containsEntry("exp", (int) NOW.getEpochSecond() + 1800)
            .containsEntry("role", "publisheronly")
            .containsEntry("connection_data", "{\"name\":\"Zoë\"}")
            .containsEntry("initial_layout_class_list", "focus full");
        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void identityAndDisplayNameAreNotSentSinceVonageTokensNameNoUser() {
        RoomToken without = create(RoomTokenRequest.forRoom(SESSION_ID).build());
        RoomToken with = create(RoomTokenRequest.forRoom(SESSION_ID).identity("u-42").displayName("Alice").build());

        assertThat(with.token()).isEqualTo(without.token());
        assertThat(with.join()).isEqualTo(without.join());
    }

    @Test
    void withoutTtlTheBuildersTokenTtlApplies() {
        VonageTokenIssuer hourly = VonageFixtures.issuer(this.signings).tokenTtl(Duration.ofHours(1)).build();

        RoomToken token = hourly.prepareCreate(RoomTokenRequest.forRoom(SESSION_ID).build()).sign();

        assertThat(claims(token.token())).containsEntry("exp", (int) NOW.getEpochSecond() + 3600);
        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void theBuildersDefaultOptionsApplyAndARequestsOwnWin() {
        VonageTokenIssuer subscribers = VonageFixtures.issuer(this.signings)
            .defaults(VonageTokenOptions.builder().role(VonageRole.SUBSCRIBER).connectionData("guest").build())
            .build();

        Map<String, Object> byDefault = claims(
                subscribers.prepareCreate(RoomTokenRequest.forRoom(SESSION_ID).build()).sign().token());
        Map<String, Object> moderator = claims(subscribers.prepareCreate(RoomTokenRequest.forRoom(SESSION_ID)
            .options(VonageTokenOptions.builder().role(VonageRole.MODERATOR).build())
            .build()).sign().token());

        assertThat(byDefault).containsEntry("role", "subscriber").containsEntry("connection_data", "guest");
        assertThat(moderator).containsEntry("role", "moderator").containsEntry("connection_data", "guest");
    }

    @Test
    void eachSigningTakesTheClocksTimeAndAFreshId() {
        AtomicInteger ids = new AtomicInteger();
        VonageTokenIssuer issuer = VonageFixtures.issuer(this.signings)
            .ids(() -> "id-" + ids.incrementAndGet())
            .build();
        Issuance.Signing signing = issuer.prepareCreate(RoomTokenRequest.forRoom(SESSION_ID).build());

        assertThat(claims(signing.sign().token())).containsEntry("jti", "id-1");
        assertThat(claims(signing.sign().token())).containsEntry("jti", "id-2");
    }

    @Test
    void aKeyGivenAsAnRsaPrivateKeySigns() throws Exception {
        String base64 = VonageFixtures.pem("other-pkcs8.pem").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s+", "");
        RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
            .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        VonageTokenIssuer issuer = VonageFixtures.issuer(this.signings).privateKey(key).build();

        String token = issuer.prepareCreate(RoomTokenRequest.forRoom(SESSION_ID).build()).sign().token();

        assertThat(VonageFixtures.signatureVerifies(token, VonageFixtures.publicKey("other-public.pem"))).isTrue();
        assertThat(VonageFixtures.signatureVerifies(token, VonageFixtures.publicKey("public.pem"))).isFalse();
    }

    @Test
    void vonageHasNoRefresh() {
        assertThatExceptionOfType(UnsupportedRoomTokenOperationException.class)
            .isThrownBy(() -> this.issuer.prepareRefresh(SESSION_ID, "anything", null));
    }

    @Test
    void anotherProvidersOptionsAreRefused() {
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> this.issuer.prepareCreate(RoomTokenRequest.forRoom(SESSION_ID)
                .options(new RoomTokenOptions() {
                })
                .build()))
            .withMessageEndingWith(" cannot be used with Vonage; use VonageTokenOptions");
    }

    @Test
    void toStringNamesTheApplicationAndDefaultsAndNeverTheKey() {
        assertThat(this.issuer).hasToString("VonageTokenIssuer[applicationId=" + APPLICATION_ID
                + ", tokenTtl=PT24H, defaults=VonageTokenOptions[role=null, connectionData=null,"
                + " initialLayoutClassList=null]]");
    }

    private RoomToken create(RoomTokenRequest request) {
        return this.issuer.prepareCreate(request).sign();
    }
}
