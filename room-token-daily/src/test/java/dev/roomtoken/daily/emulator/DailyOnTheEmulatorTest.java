package dev.roomtoken.daily.emulator;

import java.net.URI;
import java.time.Duration;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.RoomTokenUnavailableException;
import dev.roomtoken.daily.DailyTokenIssuer;
import dev.roomtoken.test.EmulatorFault;
import dev.roomtoken.test.RecordedRequest;
import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Daily's client against Daily's endpoint on the emulator: a token whose claims carry what was
 * asked, a wrong key refused in Daily's error shape, a queued fault answered as Daily answers, and
 * settings that give tokens their room URL.
 */
class DailyOnTheEmulatorTest {

    private RoomTokenEmulator emulator;

    @BeforeEach
    void start() {
        this.emulator = RoomTokenEmulator.builder().setting("roomtoken.daily.api-key", "daily-key-1").start();
    }

    @AfterEach
    void stop() {
        this.emulator.close();
    }

    @Test
    void theEmulatorMintsATokenCarryingTheRequest() {
        RoomToken token = template("daily-key-1").createToken(RoomTokenRequest.forRoom("standup")
            .identity("u-42")
            .displayName("Zoë")
            .ttl(Duration.ofMinutes(30))
            .build());

        assertThat(this.emulator.decodeClaims(token.token())).containsEntry("room_name", "standup")
            .containsEntry("user_id", "u-42")
            .containsEntry("user_name", "Zoë")
            .containsKeys("exp", "iat");
        assertThat(this.emulator.journal()).extracting(RecordedRequest::provider, RecordedRequest::path)
            .containsExactly(tuple("daily", "/v1/meeting-tokens"));
        assertThat(this.emulator.journal().get(0).header("Authorization")).isEqualTo("Bearer daily-key-1");
    }

    @Test
    void aWrongKeyIsRefusedInDailysErrorShape() {
        assertThatExceptionOfType(RoomTokenProviderException.class)
            .isThrownBy(() -> template("wrong-key").createToken(RoomTokenRequest.forRoom("standup").build()))
            .satisfies((ex) -> {
                assertThat(ex.statusCode()).isEqualTo(401);
                assertThat(ex.errorCode()).isEqualTo("authentication-error");
                assertThat(ex.getMessage()).doesNotContain("wrong-key");
            });
    }

    @Test
    void aQueuedFaultIsAnsweredAsDailyAnswers() {
        this.emulator.enqueue(EmulatorFault.status(503), 5);

        assertThatExceptionOfType(RoomTokenUnavailableException.class)
            .isThrownBy(() -> template("daily-key-1").createToken(RoomTokenRequest.forRoom("standup").build()));
    }

    @Test
    void theSettingsNameADomainSoTokensCarryTheRoomUrl() {
        assertThat(this.emulator.setting("roomtoken.daily.domain-name")).isEqualTo("room-token-emulator");

        RoomToken token = template("daily-key-1").createToken(RoomTokenRequest.forRoom("standup").build());

        assertThat(token.join()).containsExactly(entry("roomUrl", "https://room-token-emulator.daily.co/standup"));
    }

    @Test
    void aFixedDomainNameIsTheOneTheSettingsGive() {
        try (RoomTokenEmulator fixed = RoomTokenEmulator.builder()
            .setting("roomtoken.daily.domain-name", "acme")
            .start()) {
            assertThat(fixed.setting("roomtoken.daily.domain-name")).isEqualTo("acme");
        }
    }

    private RoomTokenTemplate template(String apiKey) {
        return new RoomTokenTemplate(DailyTokenIssuer.builder()
            .baseUrl(URI.create(this.emulator.setting("roomtoken.daily.base-url")))
            .apiKey(apiKey)
            .domainName(this.emulator.setting("roomtoken.daily.domain-name"))
            .build());
    }
}
