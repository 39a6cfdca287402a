package dev.roomtoken.telnyx;

import java.time.Duration;
import java.time.Instant;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.roomtoken.telnyx.TelnyxTestServer.API_KEY;
import static dev.roomtoken.telnyx.TelnyxTestServer.CREATE_PATH;
import static dev.roomtoken.telnyx.TelnyxTestServer.ROOM;
import static dev.roomtoken.telnyx.TelnyxTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating a Telnyx client token: the exact request, and the answer read into a {@link RoomToken}.
 */
class TelnyxCreateTokenTest {

    private static final String FULL_ANSWER = """
            {"data":{"token":"eyJ.client.token","token_expires_at":"2026-11-23T10:10:00Z",
             "refresh_token":"eyJ.refresh.token","refresh_token_expires_at":"2026-11-23T11:00:00Z",
             "record_type":"client_token","added_later":{"x":1}}}""";

    private final TelnyxTestServer telnyx = new TelnyxTestServer();

    @AfterEach
    void stop() {
        this.telnyx.close();
    }

    @Test
    void sendsBearerKeyAndDefaultTtlsToTheRoomsPath() {
        this.telnyx.answerCreate(json(201, FULL_ANSWER));

        this.telnyx.template().createToken(RoomTokenRequest.forRoom(ROOM).build());

        this.telnyx.server.verify(1, postRequestedFor(urlEqualTo(CREATE_PATH))
            .withHeader("Authorization", equalTo("Bearer " + API_KEY))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("Accept", equalTo("application/json"))
            .withRequestBody(equalToJson("{\"token_ttl_secs\":600,\"refresh_token_ttl_secs\":3600}", false, false)));
    }

    @Test
    void identityAndDisplayNameAreAcceptedAndNotSentSinceTelnyxTokensNameNoUser() {
        this.telnyx.answerCreate(json(201, FULL_ANSWER));

        this.telnyx.template().createToken(RoomTokenRequest.forRoom(ROOM).identity("u-42").displayName("Alice").build());

        this.telnyx.server.verify(1, postRequestedFor(urlEqualTo(CREATE_PATH))
            .withRequestBody(equalToJson("{\"token_ttl_secs\":600,\"refresh_token_ttl_secs\":3600}", false, false)));
    }

    @Test
    void portableTtlBecomesTokenTtlSecsAndOptionsSetTheRefreshTtl() {
        this.telnyx.answerCreate(json(201, FULL_ANSWER));

        this.telnyx.template().createToken(RoomTokenRequest.forRoom(ROOM).ttl(Duration.ofMinutes(15))
            .options(TelnyxTokenOptions.refreshTokenTtl(Duration.ofHours(2))).build());

        this.telnyx.server.verify(postRequestedFor(urlEqualTo(CREATE_PATH))
            .withRequestBody(equalToJson("{\"token_ttl_secs\":900,\"refresh_token_ttl_secs\":7200}", false, false)));
    }

    @Test
    void configuredTtlsApplyWhenTheRequestSetsNone() {
        this.telnyx.answerCreate(json(201, FULL_ANSWER));
        TelnyxTokenIssuer client = this.telnyx.clientBuilder().tokenTtl(Duration.ofSeconds(10))
            .refreshTokenTtl(Duration.ofDays(1)).build();

        client.prepareCreate(RoomTokenRequest.forRoom(ROOM).build()).send().token();

        this.telnyx.server.verify(postRequestedFor(urlEqualTo(CREATE_PATH))
            .withRequestBody(equalToJson("{\"token_ttl_secs\":10,\"refresh_token_ttl_secs\":86400}", false, false)));
    }

    @Test
    void everyFieldOfTheAnswerFillsTheTokenAndUnknownFieldsAreIgnored() {
        this.telnyx.answerCreate(json(201, FULL_ANSWER));

        RoomToken token = this.telnyx.template().createToken(RoomTokenRequest.forRoom(ROOM).build());

        assertThat(token).isEqualTo(new RoomToken("telnyx", ROOM, "eyJ.client.token",
                Instant.parse("2026-11-23T10:10:00Z"), "eyJ.refresh.token", Instant.parse("2026-11-23T11:00:00Z")));
    }

    @Test
    void optionalFieldsMissingFromTheAnswerStayNull() {
        this.telnyx.answerCreate(json(201, "{\"data\":{\"token\":\"eyJ.only.token\"}}"));

        RoomToken token = this.telnyx.template().createToken(RoomTokenRequest.forRoom(ROOM).build());

        assertThat(token.token()).isEqualTo("eyJ.only.token");
        assertThat(token.expiresAt()).isNull();
        assertThat(token.refreshToken()).isNull();
        assertThat(token.refreshTokenExpiresAt()).isNull();
    }

    @Test
    void upperCaseRoomUuidIsSentAsGiven() {
        String room = ROOM.toUpperCase();
        this.telnyx.stub(com.github.tomakehurst.wiremock.client.WireMock
            .post(urlEqualTo("/v2/rooms/" + room + "/actions/generate_join_client_token"))
            .willReturn(json(201, FULL_ANSWER)));

        RoomToken token = this.telnyx.template().createToken(RoomTokenRequest.forRoom(room).build());

        assertThat(token.room()).isEqualTo(room);
    }
}
