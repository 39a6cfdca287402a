package dev.roomtoken.agora;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import io.agora.media.AccessToken2;
import io.agora.media.AccessToken2.PrivilegeRtc;
import io.agora.media.RtcTokenBuilder2;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.roomtoken.agora.AgoraFixtures.APP_CERTIFICATE;
import static dev.roomtoken.agora.AgoraFixtures.APP_ID;
import static dev.roomtoken.agora.AgoraFixtures.SALT;
import static dev.roomtoken.agora.AgoraFixtures.issueTs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our tokens against Agora's own builder, {@code io.agora:authentication}: with the same issue
 * time and salt, the same token byte for byte, and the SDK's parser reads ours back.
 */
class AgoraOracleTest {

    private static final String EVERY_PUNCTUATION = "aZ09 " + AgoraNames.PUNCTUATION;

    @BeforeAll
    static void theOracleWritesUtf8() {
        // the SDK encodes with the platform charset; the module's surefire configuration makes it UTF-8
        assertThat(Charset.defaultCharset()).isEqualTo(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> requests() {
        Duration minute = Duration.ofMinutes(1);
        return Stream.of(
                Arguments.of("standup", null, null, null, "no identity is uid 0, the empty string"),
                Arguments.of("standup", "42", null, null, "an int uid"),
                Arguments.of("standup", "1", null, null, "the smallest int uid"),
                Arguments.of("standup", "4294967295", null, null, "the largest int uid"),
                Arguments.of("standup", "4294967296", null, null, "past the largest int uid: a user account"),
                Arguments.of("standup", "042", null, null, "a leading zero: a user account"),
                Arguments.of("standup", "0", null, null, "0 as identity: a user account"),
                Arguments.of("standup", "u-42", null, null, "a user account"),
                Arguments.of("standup", "alice@example.com", null, null, "an e-mail as user account"),
                Arguments.of("standup", "u".repeat(255), null, null, "the longest user account"),
                Arguments.of(EVERY_PUNCTUATION, EVERY_PUNCTUATION, null, null, "every character Agora allows"),
                Arguments.of("c".repeat(64), "7", null, null, "the longest channel name"),
                Arguments.of("standup", "42", null, options().role(AgoraRole.PUBLISHER).build(), "publisher"),
                Arguments.of("standup", "42", null, options().role(AgoraRole.SUBSCRIBER).build(), "subscriber"),
                Arguments.of("standup", "u-42", Duration.ofSeconds(1), null, "the shortest ttl"),
                Arguments.of("standup", "u-42", Duration.ofHours(24), null, "the longest ttl"),
                Arguments.of("standup", "u-42", Duration.ofSeconds(900), null, "a ttl of 900 s"),
                Arguments.of("standup", "42", Duration.ofMinutes(30), options().joinChannelTtl(minute)
                    .publishAudioTtl(minute.multipliedBy(2))
                    .publishVideoTtl(minute.multipliedBy(3))
                    .publishDataStreamTtl(minute.multipliedBy(4))
                    .build(), "an expiry of its own for each privilege"),
                Arguments.of("standup", "42", Duration.ofMinutes(30),
                        options().publishVideoTtl(Duration.ofHours(24)).build(), "one privilege longer than the token"),
                Arguments.of("standup", "42", Duration.ofMinutes(30),
                        options().role(AgoraRole.SUBSCRIBER).joinChannelTtl(Duration.ofSeconds(5)).build(),
                        "a subscriber's join expiry"),
                Arguments.of("standup", "42", null, options().uidType(AgoraUidType.USER_ACCOUNT).build(),
                        "a number as user account"),
                Arguments.of("standup", "42", null, options().uidType(AgoraUidType.INT_UID).build(),
                        "an int uid asked for"));
    }

    @ParameterizedTest(name = "{4}")
    @MethodSource("requests")
    void theSameTokenAsTheSdkByteForByte(String channel, @Nullable String identity, @Nullable Duration ttl,
            @Nullable AgoraTokenOptions options, String description) {
        RoomToken ours = AgoraFixtures.issuer(new AtomicInteger())
            .build()
            .prepareCreate(RoomTokenRequest.forRoom(channel).identity(identity).ttl(ttl).options(options).build())
            .sign();

        assertThat(ours.token()).isEqualTo(sdkToken(channel, identity, ttl, options));
    }

    @ParameterizedTest(name = "{4}")
    @MethodSource("requests")
    void theSdkParserReadsOurTokenBack(String channel, @Nullable String identity, @Nullable Duration ttl,
            @Nullable AgoraTokenOptions options, String description) {
        String ours = AgoraFixtures.issuer(new AtomicInteger())
            .build()
            .prepareCreate(RoomTokenRequest.forRoom(channel).identity(identity).ttl(ttl).options(options).build())
            .sign()
            .token();

        AccessToken2 parsed = new AccessToken2();
        assertThat(parsed.parse(ours)).isTrue();
        assertThat(parsed.appId).isEqualTo(APP_ID);
        assertThat(parsed.issueTs).isEqualTo(issueTs());
        assertThat(parsed.salt).isEqualTo(SALT);
        int expire = (ttl != null) ? (int) ttl.getSeconds() : 3600;
        assertThat(parsed.expire).isEqualTo(expire);
        assertThat(parsed.services).containsOnlyKeys(AccessToken2.SERVICE_TYPE_RTC);
        AccessToken2.ServiceRtc rtc = (AccessToken2.ServiceRtc) parsed.services.get(AccessToken2.SERVICE_TYPE_RTC);
        assertThat(rtc.getChannelName()).isEqualTo(channel);
        assertThat(rtc.getUid()).isEqualTo(sdkUid(identity, options));
        assertThat(rtc.getPrivileges()).isEqualTo(privileges(expire, options));
    }

    @Test
    void nonAsciiChannelsAndAccountsAreWrittenAsTheSdkWritesThem() {
        AgoraAccessToken2 writer = new AgoraAccessToken2(APP_ID, APP_CERTIFICATE);
        List<String> texts = List.of("Café", "会议室 3", "Zoë 😀", "Ünïcödé-ß", "");
        for (String channel : texts) {
            for (String uid : texts) {
                String ours = writer.write(issueTs(), 600, SALT, channel, uid, 600, 300, 200, 100);
                assertThat(ours).as("%s / %s", channel, uid)
                    .isEqualTo(sdk(600, channel, uid, Map.of(PrivilegeRtc.PRIVILEGE_JOIN_CHANNEL, 600,
                            PrivilegeRtc.PRIVILEGE_PUBLISH_AUDIO_STREAM, 300,
                            PrivilegeRtc.PRIVILEGE_PUBLISH_VIDEO_STREAM, 200,
                            PrivilegeRtc.PRIVILEGE_PUBLISH_DATA_STREAM, 100)));
                AccessToken2 parsed = new AccessToken2();
                assertThat(parsed.parse(ours)).isTrue();
                AccessToken2.ServiceRtc rtc = (AccessToken2.ServiceRtc) parsed.services
                    .get(AccessToken2.SERVICE_TYPE_RTC);
                assertThat(rtc.getChannelName()).isEqualTo(channel);
                assertThat(rtc.getUid()).isEqualTo(uid);
            }
        }
    }

    @Test
    void extremeIssueTimesSaltsAndExpiriesAreWrittenAsTheSdkWritesThem() {
        AgoraAccessToken2 writer = new AgoraAccessToken2(APP_ID, APP_CERTIFICATE);
        for (int value : new int[] { 0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x7F80_0080 }) {
            AccessToken2 sdk = new AccessToken2(APP_ID, APP_CERTIFICATE, value);
            sdk.issueTs = value;
            sdk.salt = value;
            AccessToken2.ServiceRtc rtc = new AccessToken2.ServiceRtc("standup", "");
            rtc.addPrivilegeRtc(PrivilegeRtc.PRIVILEGE_JOIN_CHANNEL, value);
            sdk.addService(rtc);

            assertThat(writer.write(value, value, value, "standup", "", value)).as("%d", value).isEqualTo(build(sdk));
        }
    }

    /** The SDK's own builder decides the privileges of each role: ours carry the same. */
    @ParameterizedTest
    @MethodSource("roles")
    void eachRoleCarriesThePrivilegesTheSdkBuilderGivesIt(RtcTokenBuilder2.Role sdkRole, AgoraRole role) {
        String sdk = new RtcTokenBuilder2().buildTokenWithUid(APP_ID, APP_CERTIFICATE, "standup", 42, sdkRole, 600,
                600);
        String ours = AgoraFixtures.issuer(new AtomicInteger())
            .build()
            .prepareCreate(RoomTokenRequest.forRoom("standup")
                .identity("42")
                .ttl(Duration.ofSeconds(600))
                .options(options().role(role).build())
                .build())
            .sign()
            .token();

        AccessToken2 sdkParsed = new AccessToken2();
        sdkParsed.parse(sdk);
        AccessToken2 oursParsed = new AccessToken2();
        oursParsed.parse(ours);
        AccessToken2.ServiceRtc sdkRtc = (AccessToken2.ServiceRtc) sdkParsed.services.get(AccessToken2.SERVICE_TYPE_RTC);
        AccessToken2.ServiceRtc oursRtc = (AccessToken2.ServiceRtc) oursParsed.services
            .get(AccessToken2.SERVICE_TYPE_RTC);
        assertThat(oursRtc.getPrivileges()).isEqualTo(sdkRtc.getPrivileges());
        assertThat(oursRtc.getUid()).isEqualTo(sdkRtc.getUid());
        assertThat(oursParsed.expire).isEqualTo(sdkParsed.expire);
    }

    static Stream<Arguments> roles() {
        return Stream.of(Arguments.of(RtcTokenBuilder2.Role.ROLE_PUBLISHER, AgoraRole.PUBLISHER),
                Arguments.of(RtcTokenBuilder2.Role.ROLE_SUBSCRIBER, AgoraRole.SUBSCRIBER));
    }

    private static AgoraTokenOptions.Builder options() {
        return AgoraTokenOptions.builder();
    }

    /** The SDK's token for a request, the SDK's own builder steps with our issue time and salt. */
    private static String sdkToken(String channel, @Nullable String identity, @Nullable Duration ttl,
            @Nullable AgoraTokenOptions options) {
        int expire = (ttl != null) ? (int) ttl.getSeconds() : 3600;
        Map<PrivilegeRtc, Integer> privileges = new java.util.EnumMap<>(PrivilegeRtc.class);
        privileges(expire, options).forEach((key, value) -> privileges.put(PrivilegeRtc.values()[key - 1], value));
        return sdk(expire, channel, sdkUid(identity, options), privileges);
    }

    private static String sdk(int expire, String channel, String uid, Map<PrivilegeRtc, Integer> privileges) {
        AccessToken2 sdk = new AccessToken2(APP_ID, APP_CERTIFICATE, expire);
        sdk.issueTs = issueTs();
        sdk.salt = SALT;
        AccessToken2.ServiceRtc rtc = new AccessToken2.ServiceRtc(channel, uid);
        privileges.forEach(rtc::addPrivilegeRtc);
        sdk.addService(rtc);
        return build(sdk);
    }

    private static String build(AccessToken2 sdk) {
        try {
            return sdk.build();
        }
        catch (Exception ex) {
            throw new AssertionError(ex);
        }
    }

    /** The uid text as the SDK makes it: its own conversion of an int uid, an account as it is. */
    private static String sdkUid(@Nullable String identity, @Nullable AgoraTokenOptions options) {
        if (identity == null) {
            return AccessToken2.getUidStr(0);
        }
        boolean account = options != null && options.uidType() == AgoraUidType.USER_ACCOUNT;
        if (!account && identity.matches("[1-9][0-9]{0,9}") && Long.parseLong(identity) <= 0xFFFF_FFFFL) {
            return AccessToken2.getUidStr((int) Long.parseLong(identity));
        }
        return identity;
    }

    /** The privileges by key, as RtcTokenBuilder2 sets them for a role or for four expiries. */
    private static Map<Short, Integer> privileges(int expire, @Nullable AgoraTokenOptions options) {
        AgoraTokenOptions o = (options != null) ? options : AgoraTokenOptions.none();
        Map<Short, Integer> privileges = new java.util.TreeMap<>();
        privileges.put(PrivilegeRtc.PRIVILEGE_JOIN_CHANNEL.intValue, seconds(o.joinChannelTtl(), expire));
        if (o.role() != AgoraRole.SUBSCRIBER) {
            privileges.put(PrivilegeRtc.PRIVILEGE_PUBLISH_AUDIO_STREAM.intValue, seconds(o.publishAudioTtl(), expire));
            privileges.put(PrivilegeRtc.PRIVILEGE_PUBLISH_VIDEO_STREAM.intValue, seconds(o.publishVideoTtl(), expire));
            privileges.put(PrivilegeRtc.PRIVILEGE_PUBLISH_DATA_STREAM.intValue,
                    seconds(o.publishDataStreamTtl(), expire));
        }
        return privileges;
    }

    private static int seconds(@Nullable Duration ttl, int fallback) {
        return (ttl != null) ? (int) ttl.getSeconds() : fallback;
    }
}
