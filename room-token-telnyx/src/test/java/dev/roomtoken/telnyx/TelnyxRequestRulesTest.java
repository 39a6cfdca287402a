package dev.roomtoken.telnyx;

import java.time.Duration;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenOptions;
import dev.roomtoken.RoomTokenRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static dev.roomtoken.telnyx.TelnyxTestServer.ROOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Telnyx's rules, checked before anything is sent: UUID rooms and the bounds of both ttls.
 */
class TelnyxRequestRulesTest {

    private final TelnyxTestServer telnyx = new TelnyxTestServer();

    private final TelnyxTokenIssuer client = this.telnyx.clientBuilder().build();

    @AfterEach
    void nothingWasSent() {
        this.telnyx.server.verify(0, anyRequestedFor(anyUrl()));
        this.telnyx.close();
    }

    @ParameterizedTest
    @ValueSource(strings = { "standup", "0ccc7b54-4df3-4bca-a65a-3da1ecc777f", "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0x",
            "0ccc7b544df34bcaa65a3da1ecc777f0", "0ccc7b54-4df3-4bca-a65a-3da1ecc777fg", "1-1-1-1-1" })
    void roomMustBeAUuid(String room) {
        assertRejected(RoomTokenRequest.forRoom(room).build(), "room", "UUID");
    }

    @ParameterizedTest
    @ValueSource(longs = { 10, 11, 600, 3599, 3600 })
    void ttlWithinTelnyxBoundsIsAccepted(long seconds) {
        assertThatNoException().isThrownBy(
                () -> this.client.prepareCreate(RoomTokenRequest.forRoom(ROOM).ttl(Duration.ofSeconds(seconds)).build()));
    }

    @ParameterizedTest
    @ValueSource(longs = { 1, 9, 3601, 86400 })
    void ttlOutsideTelnyxBoundsIsRejected(long seconds) {
        assertRejected(RoomTokenRequest.forRoom(ROOM).ttl(Duration.ofSeconds(seconds)).build(), "ttl", "10 to 3600");
    }

    @Test
    void ttlMustBeWholeSeconds() {
        assertRejected(RoomTokenRequest.forRoom(ROOM).ttl(Duration.ofMillis(10_500)).build(), "ttl", "whole number");
    }

    @ParameterizedTest
    @ValueSource(longs = { 60, 61, 3600, 86399, 86400 })
    void refreshTtlWithinTelnyxBoundsIsAccepted(long seconds) {
        assertThat(TelnyxTokenOptions.refreshTokenTtl(Duration.ofSeconds(seconds)).refreshTokenTtl())
            .hasSeconds(seconds);
    }

    @ParameterizedTest
    @ValueSource(longs = { 0, 59, 86401 })
    void refreshTtlOutsideTelnyxBoundsIsRejected(long seconds) {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> TelnyxTokenOptions.refreshTokenTtl(Duration.ofSeconds(seconds)))
            .satisfies((ex) -> assertThat(ex.field()).isEqualTo("refreshTokenTtl"))
            .withMessageContaining("60 to 86400");
    }

    @Test
    void configuredTtlsAreCheckedWhenTheClientIsBuilt() {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.telnyx.clientBuilder().tokenTtl(Duration.ofHours(2)))
            .satisfies((ex) -> assertThat(ex.field()).isEqualTo("tokenTtl"));
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.telnyx.clientBuilder().refreshTokenTtl(Duration.ofSeconds(30)))
            .satisfies((ex) -> assertThat(ex.field()).isEqualTo("refreshTokenTtl"));
    }

    @Test
    void anotherProvidersOptionsAreAnIllegalArgument() {
        RoomTokenOptions foreign = new RoomTokenOptions() {
        };

        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> this.client.prepareCreate(RoomTokenRequest.forRoom(ROOM).options(foreign).build()))
            .withMessageContaining("TelnyxTokenOptions");
    }

    @Test
    void aMissingApiKeyIsRefusedWhenBuilding() {
        assertThatExceptionOfType(IllegalStateException.class)
            .isThrownBy(() -> TelnyxTokenIssuer.builder().build())
            .withMessageContaining("API key");
    }

    private void assertRejected(RoomTokenRequest request, String field, String rule) {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.client.prepareCreate(request))
            .satisfies((ex) -> assertThat(ex.field()).isEqualTo(field))
            .withMessageContaining(rule);
    }
}
