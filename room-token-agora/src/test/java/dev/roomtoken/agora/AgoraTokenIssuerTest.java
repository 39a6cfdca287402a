package dev.roomtoken.agora;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.roomtoken.Issuance;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.UnsupportedRoomTokenOperationException;
import io.agora.media.AccessToken2;
import org.junit.jupiter.api.Test;

import static dev.roomtoken.agora.AgoraFixtures.APP_CERTIFICATE;
import static dev.roomtoken.agora.AgoraFixtures.APP_ID;
import static dev.roomtoken.agora.AgoraFixtures.NOW;
import static dev.roomtoken.agora.AgoraFixtures.OTHER_CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How a portable request becomes an Agora token: the join details, the expiry, what is not sent,
 * and a signature that the JDK's own HMAC verifies with the certificate and no other.
 */
class AgoraTokenIssuerTest {

    private final AtomicInteger signings = new AtomicInteger();

    private final AgoraTokenIssuer issuer = AgoraFixtures.issuer(this.signings).build();

    @Test
    void theIssuerIsAgoraAndSigns() {
        Issuance issuance = this.issuer.prepareCreate(RoomTokenRequest.forRoom("standup").build());

        assertThat(this.issuer.provider()).isEqualTo("agora");
        assertThat(issuance).isInstanceOf(Issuance.Signing.class);
        assertThat(issuance.kind()).isEqualTo("signing");
        assertThat(this.signings).as("nothing is signed while preparing").hasValue(0);
    }

    @Test
    void withoutIdentityTheTokenIsForUidZeroAndTheJoinDetailsSayUidZero() {
        RoomToken token = create(RoomTokenRequest.forRoom("standup").build());

        assertThat(token.provider()).isEqualTo("agora");
        assertThat(token.room()).isEqualTo("standup");
        assertThat(token.join()).containsExactly(Map.entry("appId", APP_ID), Map.entry("channel", "standup"),
                Map.entry("uid", "0"));
        assertThat(rtc(token).getUid()).isEmpty();
        assertThat(token.refreshToken()).isNull();
        assertThat(token.refreshTokenExpiresAt()).isNull();
    }

    @Test
    void anIdentityWrittenAsAnIntUidIsThatUid() {
        RoomToken token = create(RoomTokenRequest.forRoom("standup").identity("4294967295").build());

        assertThat(token.join()).containsExactly(Map.entry("appId", APP_ID), Map.entry("channel", "standup"),
                Map.entry("uid", "4294967295"));
        assertThat(rtc(token).getUid()).isEqualTo("4294967295");
    }

    @Test
    void anyOtherIdentityIsAUserAccount() {
        for (String identity : new String[] { "u-42", "042", "0", "4294967296", "+42", "alice@example.com" }) {
            RoomToken token = create(RoomTokenRequest.forRoom("standup").identity(identity).build());

            assertThat(token.join()).as(identity)
                .containsExactly(Map.entry("appId", APP_ID), Map.entry("channel", "standup"),
                        Map.entry("userAccount", identity));
            assertThat(rtc(token).getUid()).isEqualTo(identity);
        }
    }

    @Test
    void aNumberAskedForAsUserAccountIsOne() {
        RoomToken token = create(RoomTokenRequest.forRoom("standup")
            .identity("42")
            .options(AgoraTokenOptions.builder().uidType(AgoraUidType.USER_ACCOUNT).build())
            .build());

        assertThat(token.join()).containsEntry("userAccount", "42").doesNotContainKey("uid");
    }

    @Test
    void noIdentityWithIntUidAskedForIsUidZero() {
        RoomToken token = create(RoomTokenRequest.forRoom("standup")
            .options(AgoraTokenOptions.builder().uidType(AgoraUidType.INT_UID).build())
            .build());

        assertThat(token.join()).containsEntry("uid", "0");
    }

    @Test
    void theDisplayNameIsNotSentSinceAgoraTokensCarryNone() {
        RoomToken without = create(RoomTokenRequest.forRoom("standup").identity("u-42").build());
        RoomToken with = create(RoomTokenRequest.forRoom("standup").identity("u-42").displayName("Zoë").build());

        assertThat(with.token()).isEqualTo(without.token());
        assertThat(with.join()).isEqualTo(without.join());
    }

    @Test
    void theTtlIsTheTokensExpiryAfterItsIssueTime() {
        RoomToken token = create(RoomTokenRequest.forRoom("standup").ttl(Duration.ofMinutes(30)).build());

        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(parse(token).expire).isEqualTo(1800);
        assertThat(rtc(token).getPrivileges()).containsOnly(Map.entry((short) 1, 1800), Map.entry((short) 2, 1800),
                Map.entry((short) 3, 1800), Map.entry((short) 4, 1800));
    }

    @Test
    void withoutTtlTheBuildersTokenTtlApplies() {
        assertThat(create(RoomTokenRequest.forRoom("standup").build()).expiresAt())
            .isEqualTo(NOW.plus(Duration.ofHours(1)));
        AgoraTokenIssuer tenMinutes = AgoraFixtures.issuer(this.signings).tokenTtl(Duration.ofMinutes(10)).build();
        RoomToken token = tenMinutes.prepareCreate(RoomTokenRequest.forRoom("standup").build()).sign();
        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(parse(token).expire).isEqualTo(600);
    }

    @Test
    void aShorterJoinPrivilegeEndsTheTokenEarlier() {
        RoomToken token = create(RoomTokenRequest.forRoom("standup")
            .ttl(Duration.ofMinutes(30))
            .options(AgoraTokenOptions.builder().joinChannelTtl(Duration.ofMinutes(5)).build())
            .build());

        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aLongerJoinPrivilegeDoesNotOutliveTheToken() {
        RoomToken token = create(RoomTokenRequest.forRoom("standup")
            .ttl(Duration.ofMinutes(30))
            .options(AgoraTokenOptions.builder().joinChannelTtl(Duration.ofHours(2)).build())
            .build());

        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(rtc(token).getPrivileges()).containsEntry((short) 1, 7200);
    }

    @Test
    void aSubscriberCarriesTheJoinPrivilegeOnly() {
        RoomToken token = create(RoomTokenRequest.forRoom("standup")
            .options(AgoraTokenOptions.builder().role(AgoraRole.SUBSCRIBER).build())
            .build());

        assertThat(rtc(token).getPrivileges()).containsOnly(Map.entry((short) 1, 3600));
    }

    @Test
    void theBuildersDefaultOptionsApplyAndARequestsOwnWin() {
        AgoraTokenIssuer subscribers = AgoraFixtures.issuer(this.signings)
            .defaults(AgoraTokenOptions.builder().role(AgoraRole.SUBSCRIBER).uidType(AgoraUidType.USER_ACCOUNT).build())
            .build();

        RoomToken byDefault = subscribers.prepareCreate(RoomTokenRequest.forRoom("standup").identity("42").build())
            .sign();
        RoomToken publisher = subscribers.prepareCreate(RoomTokenRequest.forRoom("standup")
            .identity("42")
            .options(AgoraTokenOptions.builder().role(AgoraRole.PUBLISHER).build())
            .build()).sign();

        assertThat(rtc(byDefault).getPrivileges()).containsOnlyKeys((short) 1);
        assertThat(byDefault.join()).containsEntry("userAccount", "42");
        assertThat(rtc(publisher).getPrivileges()).containsOnlyKeys((short) 1, (short) 2, (short) 3, (short) 4);
        assertThat(publisher.join()).containsEntry("userAccount", "42");
    }

    @Test
    void eachSigningTakesTheClocksTimeAndAFreshSalt() {
        AtomicInteger salt = new AtomicInteger(7);
        AgoraTokenIssuer issuer = AgoraTokenIssuer.builder()
            .appId(APP_ID)
            .appCertificate(APP_CERTIFICATE)
            .clock(AgoraFixtures.clock())
            .salts(salt::incrementAndGet)
            .build();
        Issuance.Signing signing = issuer.prepareCreate(RoomTokenRequest.forRoom("standup").build());

        AccessToken2 first = parse(signing.sign());
        AccessToken2 second = parse(signing.sign());

        assertThat(first.issueTs).isEqualTo((int) NOW.getEpochSecond());
        assertThat(first.salt).isEqualTo(8);
        assertThat(second.salt).isEqualTo(9);
    }

    @Test
    void theDefaultSaltsDiffer() {
        AgoraTokenIssuer issuer = AgoraTokenIssuer.builder()
            .appId(APP_ID)
            .appCertificate(APP_CERTIFICATE)
            .clock(AgoraFixtures.clock())
            .build();
        Issuance.Signing signing = issuer.prepareCreate(RoomTokenRequest.forRoom("standup").build());

        assertThat(signing.sign().token()).isNotEqualTo(signing.sign().token());
    }

    @Test
    void theSignatureVerifiesWithTheCertificateAndNoOther() throws Exception {
        RoomToken token = create(RoomTokenRequest.forRoom("standup").identity("u-42").build());

        assertThat(AgoraFixtures.signatureVerifies(token.token(), APP_CERTIFICATE)).isTrue();
        assertThat(AgoraFixtures.signatureVerifies(token.token(), OTHER_CERTIFICATE)).isFalse();
    }

    @Test
    void aClockPastWhatTheTokenCanCarryIsRefused() {
        AgoraTokenIssuer issuer = AgoraFixtures.issuer(this.signings)
            .clock(java.time.Clock.fixed(Instant.parse("2106-02-07T00:00:00Z"), java.time.ZoneOffset.UTC))
            .build();
        Issuance.Signing signing = issuer.prepareCreate(RoomTokenRequest.forRoom("standup").build());

        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(signing::sign)
            .withMessage("The clock reads 2106-02-07T00:00:00Z, which an Agora token cannot carry: its times are"
                    + " unsigned 32-bit seconds, from 1970 to 2106");
    }

    @Test
    void agoraHasNoRefresh() {
        assertThatExceptionOfType(UnsupportedRoomTokenOperationException.class)
            .isThrownBy(() -> this.issuer.prepareRefresh("standup", "anything", null));
    }

    @Test
    void anotherProvidersOptionsAreRefused() {
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> this.issuer.prepareCreate(RoomTokenRequest.forRoom("standup")
                .options(new dev.roomtoken.RoomTokenOptions() {
                })
                .build()))
            .withMessageEndingWith(" cannot be used with Agora; use AgoraTokenOptions");
    }

    @Test
    void toStringNamesTheAppIdAndDefaultsAndNeverTheCertificate() {
        assertThat(this.issuer).hasToString("AgoraTokenIssuer[appId=" + APP_ID + ", tokenTtl=PT1H, defaults="
                + "AgoraTokenOptions[role=null, uidType=null, joinChannelTtl=null, publishAudioTtl=null,"
                + " publishVideoTtl=null, publishDataStreamTtl=null]]");
    }

    private RoomToken create(RoomTokenRequest request) {
        return this.issuer.prepareCreate(request).sign();
    }

    private static AccessToken2 parse(RoomToken token) {
        AccessToken2 parsed = new AccessToken2();
        assertThat(parsed.parse(token.token())).isTrue();
        return parsed;
    }

    private static AccessToken2.ServiceRtc rtc(RoomToken token) {
        return (AccessToken2.ServiceRtc) parse(token).services.get(AccessToken2.SERVICE_TYPE_RTC);
    }
}
