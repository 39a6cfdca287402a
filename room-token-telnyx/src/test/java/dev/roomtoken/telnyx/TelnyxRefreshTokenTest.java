package dev.roomtoken.telnyx;

import java.time.Instant;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.roomtoken.telnyx.TelnyxTestServer.NOW;
import static dev.roomtoken.telnyx.TelnyxTestServer.REFRESH_PATH;
import static dev.roomtoken.telnyx.TelnyxTestServer.ROOM;
import static dev.roomtoken.telnyx.TelnyxTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Refreshing a Telnyx client token: no API key on the wire, and expiry known before sending.
 */
class TelnyxRefreshTokenTest {

    private static final String ANSWER = """
            {"data":{"token":"eyJ.refreshed.token","token_expires_at":"2026-11-23T10:10:00Z"}}""";

    private static final Instant REFRESH_EXPIRES = NOW.plusSeconds(1800);

    private final TelnyxTestServer telnyx = new TelnyxTestServer();

    @AfterEach
    void stop() {
        this.telnyx.close();
    }

    @Test
    void sendsRefreshTokenAndTtlWithoutTheApiKey() {
        this.telnyx.answerRefresh(json(201, ANSWER));

        this.telnyx.template().refreshToken(ROOM, "eyJ.refresh.token");

        this.telnyx.server.verify(1, postRequestedFor(urlEqualTo(REFRESH_PATH))
            .withoutHeader("Authorization")
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson("{\"refresh_token\":\"eyJ.refresh.token\",\"token_ttl_secs\":600}", false,
                    false)));
    }

    @Test
    void anApplicationsDefaultAuthorizationIsNotSentEither() {
        this.telnyx.answerRefresh(json(201, ANSWER));
        RestClient.Builder applicationBuilder = RestClient.builder()
            .defaultHeader("Authorization", "Bearer the-applications-own-api");
        RoomTokenTemplate template = new RoomTokenTemplate(
                this.telnyx.clientBuilder().restClientBuilder(applicationBuilder).build());

        template.refreshToken(ROOM, "eyJ.refresh.token");

        this.telnyx.server.verify(1, postRequestedFor(urlEqualTo(REFRESH_PATH)).withoutHeader("Authorization"));
    }

    @Test
    void refreshingATokenKeepsItsRefreshTokenForTheNextRefresh() {
        this.telnyx.answerRefresh(json(201, ANSWER));
        RoomToken previous = new RoomToken("telnyx", ROOM, "eyJ.old", NOW, "eyJ.refresh.token", REFRESH_EXPIRES);

        RoomToken refreshed = this.telnyx.template().refreshToken(previous);

        assertThat(refreshed).isEqualTo(new RoomToken("telnyx", ROOM, "eyJ.refreshed.token",
                Instant.parse("2026-11-23T10:10:00Z"), "eyJ.refresh.token", REFRESH_EXPIRES));
    }

    @Test
    void anExpiredRefreshTokenFailsBeforeSending() {
        RoomToken previous = new RoomToken("telnyx", ROOM, "eyJ.old", NOW, "eyJ.refresh.token", NOW);

        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.telnyx.template().refreshToken(previous))
            .satisfies((ex) -> assertThat(ex.field()).isEqualTo("refreshToken"))
            .withMessageContaining("expired at 2026-11-23T10:00:00Z");
        this.telnyx.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aTokenIssuedWithoutARefreshTokenCannotBeRefreshed() {
        RoomToken previous = new RoomToken("telnyx", ROOM, "eyJ.old", NOW, null, null);

        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.telnyx.template().refreshToken(previous))
            .satisfies((ex) -> assertThat(ex.field()).isEqualTo("refreshToken"));
        this.telnyx.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aNonUuidRoomFailsBeforeSending() {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.telnyx.template().refreshToken("standup", "eyJ.refresh.token"))
            .satisfies((ex) -> assertThat(ex.field()).isEqualTo("room"));
        this.telnyx.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aTokenOfAnotherProviderIsRejected() {
        RoomToken signalWire = new RoomToken("signalwire", "standup", "eyJ.sw", null, null, null);

        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> this.telnyx.template().refreshToken(signalWire))
            .withMessageContaining("signalwire");
    }
}
