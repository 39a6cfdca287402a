package dev.roomtoken.daily;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.Issuance;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signing.DecodedJwt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.roomtoken.daily.DailyTestServer.API_KEY;
import static dev.roomtoken.daily.DailyTestServer.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Self-signed mode (https://docs.daily.co/reference/rest-api/meeting-tokens/self-signing-tokens):
 * an HS256 token keyed with the API key, checked with the JDK's own HMAC, nothing sent to Daily,
 * and the options Daily gives no abbreviation refused before anything is signed.
 */
class DailySelfSignedTest {

    private final DailyTestServer daily = new DailyTestServer();

    @AfterEach
    void stop() {
        this.daily.close();
    }

    @Test
    void theTokenIsSignedWithTheApiKeyAndNothingIsSent() {
        DailyTokenIssuer issuer = this.daily.selfSigned().domainName("example").build();

        RoomToken token = sign(issuer, RoomTokenRequest.forRoom("standup").identity("u-42").displayName("Alice").build());

        DecodedJwt jwt = DecodedJwt.of(token.token());
        assertThat(issuer.isSelfSigned()).isTrue();
        assertThat(jwt.header()).isEqualTo(DecodedJwt.json("{\"alg\": \"HS256\", \"typ\": \"JWT\"}"));
        assertThat(jwt.claims()).isEqualTo(DecodedJwt.json("""
                {"r": "standup", "d": "30f866c3-9123-452a-8723-ff58322d09c5", "iat": %d, "exp": %d, "ud": "u-42",
                 "u": "Alice"}""".formatted(NOW.getEpochSecond(), NOW.getEpochSecond() + 3600)));
        assertThat(jwt.isSignedWith(API_KEY)).isTrue();
        assertThat(jwt.isSignedWith(API_KEY + "x")).isFalse();
        assertThat(token).isEqualTo(new RoomToken("daily", "standup", token.token(), NOW.plusSeconds(3600), null, null,
                Map.of("roomUrl", "https://example.daily.co/standup")));
        this.daily.verifyNothingSent();
    }

    @Test
    void iatAndExpAreCountedFromWhenTheTokenIsSigned() {
        Instant[] now = { NOW };
        Clock moving = new Clock() {

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        Issuance.Signing signing = (Issuance.Signing) this.daily.selfSigned().clock(moving).build()
            .prepareCreate(RoomTokenRequest.forRoom("standup").ttl(Duration.ofMinutes(5)).build());
        now[0] = NOW.plusSeconds(42);

        RoomToken token = signing.sign();

        assertThat(DecodedJwt.of(token.token()).claims()).containsEntry("iat", (int) NOW.getEpochSecond() + 42)
            .containsEntry("exp", (int) NOW.getEpochSecond() + 42 + 300);
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(342));
    }

    @Test
    void anOptionWithoutADocumentedAbbreviationIsRefusedNotDropped() {
        assertRefused((options) -> options.enablePrejoinUi(true), "enablePrejoinUi", "enable_prejoin_ui");
        assertRefused((options) -> options.enableLiveCaptionsUi(false), "enableLiveCaptionsUi",
                "enable_live_captions_ui");
        assertRefused((options) -> options.enableTerseLogging(true), "enableTerseLogging", "enable_terse_logging");
    }

    @Test
    void permissionsAreWrittenWithDailysPermissionsAbbreviations() {
        RoomToken token = sign(this.daily.selfSigned().build(), RoomTokenRequest.forRoom("standup")
            .options(DailyTokenOptions.builder()
                .permissions(DailyPermissions.builder()
                    .hasPresence(true)
                    .canSend(DailyMediaType.VIDEO, DailyMediaType.AUDIO, DailyMediaType.SCREEN_VIDEO,
                            DailyMediaType.SCREEN_AUDIO)
                    .canReceive(Map.of("base", false))
                    .build())
                .build())
            .build());

        assertThat(DecodedJwt.of(token.token()).claims()).containsEntry("p",
                DecodedJwt.json("{\"hp\": true, \"cs\": \"v,a,sv,sa\", \"cr\": {\"b\": false}}"));
    }

    @Test
    void aPermissionWithoutADocumentedAbbreviationIsRefusedNotDropped() {
        assertPermissionRefused(DailyPermissions.builder().hasPresence(true).canAdmin(false), "permissions.canAdmin",
                "cannot be self-signed: this client writes no abbreviated form for canAdmin");
        assertPermissionRefused(DailyPermissions.builder().canAdmin(DailyAdminTask.STREAMING), "permissions.canAdmin",
                "cannot be self-signed: this client writes no abbreviated form for canAdmin");
        assertPermissionRefused(DailyPermissions.builder().canSend(DailyMediaType.VIDEO, DailyMediaType.CUSTOM_AUDIO),
                "permissions.canSend",
                "cannot be self-signed with customAudio: Daily's permissions abbreviations give it no letters");
        assertPermissionRefused(DailyPermissions.builder().canSend(), "permissions.canSend",
                "cannot be self-signed as an empty list: Daily's permissions abbreviations give it no form; "
                        + "canSend(false) means the same");
        String canReceiveRule = "can be self-signed only as {base: true} or {base: false}: this client writes no "
                + "abbreviated form for the rest";
        assertPermissionRefused(DailyPermissions.builder().canReceive(Map.of("byUserId", Map.of("u-1", false))),
                "permissions.canReceive", canReceiveRule);
        assertPermissionRefused(DailyPermissions.builder().canReceive(Map.of("base", Map.of("video", false))),
                "permissions.canReceive", canReceiveRule);
        assertPermissionRefused(
                DailyPermissions.builder().canReceive(Map.of("base", true, "byParticipantId", Map.of("p-1", false))),
                "permissions.canReceive", canReceiveRule);
    }

    private void assertPermissionRefused(DailyPermissions.Builder permissions, String field, String rule) {
        RoomTokenRequest request = RoomTokenRequest.forRoom("standup")
            .options(DailyTokenOptions.builder().permissions(permissions.build()).build())
            .build();

        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.daily.selfSigned().build().prepareCreate(request))
            .withMessage(field + " " + rule + "; leave it out or use REST mode");
        this.daily.verifyNothingSent();
    }

    private void assertRefused(UnaryOperator<DailyTokenOptionsBuilder> option, String field, String property) {
        RoomTokenRequest request = RoomTokenRequest.forRoom("standup")
            .options(option.apply(DailyTokenOptions.builder()).build())
            .build();

        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.daily.selfSigned().build().prepareCreate(request))
            .withMessage(field + " cannot be self-signed: Daily's token property abbreviations give " + property
                    + " no form this client writes; leave it out or use REST mode");
    }

    private static RoomToken sign(DailyTokenIssuer issuer, RoomTokenRequest request) {
        return ((Issuance.Signing) issuer.prepareCreate(request)).sign();
    }
}
