package dev.roomtoken.twilio;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.VideoGrant;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signing.DecodedJwt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.roomtoken.twilio.TwilioFixtures.ACCOUNT_SID;
import static dev.roomtoken.twilio.TwilioFixtures.API_KEY_SECRET;
import static dev.roomtoken.twilio.TwilioFixtures.API_KEY_SID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our tokens against the ones Twilio's helper library for Java ({@code com.twilio.sdk:twilio})
 * mints for the same request: decoded headers and claims compared as maps. Both take the time
 * from the system clock here, so the two time claims are checked against the moments around the
 * signing instead of against each other: {@code exp} is the signing second plus the ttl, and
 * {@code jti} the key SID and the signing second. (The library computes that second through a
 * {@code float}, so its {@code jti} lands up to 128 seconds off; ours is exact.)
 */
class TwilioOracleTest {

    @Test
    void aVideoTokenMatchesTheSdks() {
        assertSameToken(RoomTokenRequest.forRoom("standup").identity("u-42").ttl(Duration.ofMinutes(30)), null,
                sdk("standup", "u-42").ttl(1800), 1800);
    }

    @Test
    void nonAsciiRoomAndIdentityMatchTheSdks() {
        String room = "salle-à-manger \"会議室\" \\ 🎥";
        String identity = "Zoë-山田-🎥-\u0001";
        assertSameToken(RoomTokenRequest.forRoom(room).identity(identity).ttl(Duration.ofMinutes(5)), null,
                sdk(room, identity).ttl(300), 300);
    }

    @Test
    void aRegionIsTheHeadersTwrAsTheSdkWritesIt() {
        TwilioTokenIssuer issuer = systemClock().region("ie1").build();

        Tokens tokens = mint(issuer, RoomTokenRequest.forRoom("standup").identity("u-42").build(),
                sdk("standup", "u-42").region("ie1"));

        assertThat(tokens.ours().header()).isEqualTo(tokens.sdk().header())
            .isEqualTo(Map.of("alg", "HS256", "typ", "JWT", "cty", "twilio-fpa;v=1", "twr", "ie1"));
    }

    @Test
    void aNotBeforeInTheOptionsIsTheSdksNbf() {
        Instant notBefore = Instant.now().plusSeconds(60);
        assertSameToken(RoomTokenRequest.forRoom("standup").identity("u-42").ttl(Duration.ofMinutes(10)),
                TwilioTokenOptions.notBefore(notBefore),
                sdk("standup", "u-42").ttl(600).nbf(Date.from(notBefore)), 600);
    }

    @Test
    void withoutATtlATokenLivesTheSdksHour() {
        assertSameToken(RoomTokenRequest.forRoom("standup").identity("u-42"), null, sdk("standup", "u-42"), 3600);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 59, 3600, 43_200, 86_400 })
    void everyTtlFromASecondTo24HoursEndsWhereTheSdksEnds(int seconds) {
        assertSameToken(RoomTokenRequest.forRoom("standup").identity("u-42").ttl(Duration.ofSeconds(seconds)), null,
                sdk("standup", "u-42").ttl(seconds), seconds);
    }

    @Test
    void aDisplayNameIsNotSentAsTheSdkHasNone() {
        assertSameToken(RoomTokenRequest.forRoom("standup").identity("u-42").displayName("Alice"), null,
                sdk("standup", "u-42"), 3600);
    }

    private static void assertSameToken(RoomTokenRequest.Builder request, TwilioTokenOptions options,
            AccessToken.Builder sdk, long ttlSeconds) {
        Tokens tokens = mint(systemClock().build(), request.options(options).build(), sdk);

        assertThat(tokens.ours().header()).isEqualTo(tokens.sdk().header())
            .isEqualTo(Map.of("alg", "HS256", "typ", "JWT", "cty", "twilio-fpa;v=1"));
        Map<String, Object> ours = new LinkedHashMap<>(tokens.ours().claims());
        Map<String, Object> theirs = new LinkedHashMap<>(tokens.sdk().claims());
        String ourJti = (String) ours.remove("jti");
        String sdkJti = (String) theirs.remove("jti");
        long ourExp = ((Number) ours.remove("exp")).longValue();
        long sdkExp = ((Number) theirs.remove("exp")).longValue();
        assertThat(ours).isEqualTo(theirs);

        long ourSecond = Long.parseLong(ourJti.substring(API_KEY_SID.length() + 1));
        assertThat(ourJti).startsWith(API_KEY_SID + "-");
        assertThat(ourSecond).isBetween(tokens.before(), tokens.after());
        assertThat(ourExp).isEqualTo(ourSecond + ttlSeconds);
        assertThat(sdkExp).isBetween(tokens.before() + ttlSeconds, tokens.after() + ttlSeconds);
        assertThat(sdkJti).startsWith(API_KEY_SID + "-");
        assertThat(Long.parseLong(sdkJti.substring(API_KEY_SID.length() + 1))).isBetween(tokens.before() - 128,
                tokens.after() + 128);
        assertThat(tokens.ours().isSignedWith(API_KEY_SECRET)).isTrue();
        assertThat(tokens.token().expiresAt()).isEqualTo(Instant.ofEpochSecond(ourExp));
        assertThat(tokens.token().join()).isEmpty();
        assertThat(tokens.token().provider()).isEqualTo("twilio");
        assertThat(tokens.token().refreshToken()).isNull();
    }

    private static Tokens mint(TwilioTokenIssuer issuer, RoomTokenRequest request, AccessToken.Builder sdk) {
        long before = Instant.now().getEpochSecond();
        RoomToken ours = issuer.prepareCreate(request).sign();
        String theirs = sdk.build().toJwt();
        long after = Instant.now().getEpochSecond();
        return new Tokens(ours, DecodedJwt.of(ours.token()), DecodedJwt.of(theirs), before, after);
    }

    private static AccessToken.Builder sdk(String room, String identity) {
        return new AccessToken.Builder(ACCOUNT_SID, API_KEY_SID, API_KEY_SECRET.getBytes(StandardCharsets.UTF_8))
            .identity(identity)
            .grant(new VideoGrant().setRoom(room));
    }

    private static TwilioTokenIssuer.Builder systemClock() {
        return TwilioFixtures.issuerBuilder().clock(Clock.systemUTC());
    }

    private record Tokens(RoomToken token, DecodedJwt ours, DecodedJwt sdk, long before, long after) {
    }
}
