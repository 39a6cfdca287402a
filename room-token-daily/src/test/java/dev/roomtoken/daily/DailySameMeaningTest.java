package dev.roomtoken.daily;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import dev.roomtoken.Issuance;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signing.DecodedJwt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.roomtoken.daily.DailyTestServer.API_KEY;
import static dev.roomtoken.daily.DailyTestServer.DOMAIN_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One request and one options object mean the same in both modes: the properties Daily receives
 * in REST mode are exactly the self-signed token's claims with Daily's abbreviations spelled out
 * (https://docs.daily.co/reference/rest-api/meeting-tokens/self-signing-tokens), so one assertion
 * serves both.
 */
class DailySameMeaningTest {

    private final DailyTestServer daily = new DailyTestServer();

    @AfterEach
    void stop() {
        this.daily.close();
    }

    static Stream<Arguments> requests() {
        return Stream.of(Arguments.of("the room alone", RoomTokenRequest.forRoom("standup").build()),
                Arguments.of("portable fields, non-ASCII names", RoomTokenRequest.forRoom("design_review-2")
                    .identity("Zoë-用户-😀")
                    .displayName("Åsa Öberg 李雷 😀")
                    .ttl(Duration.ofMinutes(45))
                    .build()),
                Arguments.of("every option self-signing can carry", RoomTokenRequest.forRoom("standup")
                    .identity("u-42")
                    .displayName("Alice")
                    .options(DailyTokenOptions.builder()
                        .notBefore(DailyTestServer.NOW.minusSeconds(60))
                        .expiresAt(DailyTestServer.NOW.plus(Duration.ofHours(5)).plusMillis(999))
                        .owner(true)
                        .ejectAtTokenExp(true)
                        .ejectAfterElapsed(Duration.ofMinutes(90))
                        .enableScreenshare(false)
                        .startVideoOff(true)
                        .startAudioOff(false)
                        .enableRecording(DailyRecording.RAW_TRACKS)
                        .enableRecordingUi(false)
                        .knocking(true)
                        .startCloudRecording(true)
                        .startCloudRecordingOpts(Map.of("layout", Map.of("preset", "single-participant")))
                        .autoStartTranscription(true)
                        .closeTabOnExit(true)
                        .redirectOnMeetingExit(URI.create("https://example.com/after?call=1"))
                        .lang(DailyLanguage.PT_BR)
                        .permissions(DailyPermissions.builder()
                            .hasPresence(false)
                            .canSend(DailyMediaType.VIDEO, DailyMediaType.SCREEN_AUDIO)
                            .canReceive(Map.of("base", false))
                            .build())
                        .build())
                    .build()),
                Arguments.of("permissions as shorthands", RoomTokenRequest.forRoom("standup")
                    .options(DailyTokenOptions.builder()
                        .permissions(DailyPermissions.builder().hasPresence(true).canSend(true).build())
                        .build())
                    .build()),
                Arguments.of("every kind of media self-signing has letters for", RoomTokenRequest.forRoom("standup")
                    .options(DailyTokenOptions.builder()
                        .permissions(DailyPermissions.builder()
                            .canSend(DailyMediaType.SCREEN_VIDEO, DailyMediaType.AUDIO, DailyMediaType.VIDEO,
                                    DailyMediaType.SCREEN_AUDIO)
                            .canReceive(Map.of("base", true))
                            .build())
                        .build())
                    .build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void theRestBodyAndTheSelfSignedTokenCarryTheSameProperties(String name, RoomTokenRequest request) {
        RoomToken sent = ((Issuance.Exchange) this.daily.rest().build().prepareCreate(request)).send().token();
        RoomToken signed = ((Issuance.Signing) this.daily.selfSigned().build().prepareCreate(request)).sign();

        DecodedJwt jwt = DecodedJwt.of(signed.token());
        assertThat(DailyTokenMeaning.properties(jwt.claims())).isEqualTo(this.daily.sentProperties());
        assertThat(jwt.claims()).containsEntry("d", DOMAIN_ID)
            .containsEntry("iat", (int) DailyTestServer.NOW.getEpochSecond());
        assertThat(jwt.isSignedWith(API_KEY)).isTrue();
        assertThat(signed.expiresAt()).isEqualTo(sent.expiresAt())
            .isEqualTo(Instant.ofEpochSecond(((Number) this.daily.sentProperties().get("exp")).longValue()));
        assertThat(signed.join()).isEqualTo(sent.join());
    }
}
