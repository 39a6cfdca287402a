package dev.roomtoken.telnyx;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static dev.roomtoken.telnyx.TelnyxTestServer.ROOM;
import static dev.roomtoken.telnyx.TelnyxTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Blank values on either side of a Telnyx call (an API key or refresh token given blank, a token
 * or refresh token answered blank) and error answers that do not follow Telnyx's error shape or
 * carry a status HTTP does not name: each is a typed error with its exact message, never a
 * {@link NullPointerException} and never a token.
 */
class TelnyxBlankAndOddAnswersTest {

    private final TelnyxTestServer telnyx = new TelnyxTestServer();

    @AfterEach
    void stop() {
        this.telnyx.close();
    }

    @ParameterizedTest(name = "api key \"{0}\"")
    @ValueSource(strings = { "", " ", "\t\n" })
    void aBlankApiKeyIsRefusedWhenBuilding(String apiKey) {
        assertThatIllegalStateException().isThrownBy(() -> this.telnyx.clientBuilder().apiKey(apiKey).build())
            .withMessage("Set the Telnyx API key");
    }

    @ParameterizedTest(name = "refresh token \"{0}\"")
    @ValueSource(strings = { "", "   " })
    void aBlankRefreshTokenIsRefusedBeforeSending(String refreshToken) {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.telnyx.template().refreshToken(ROOM, refreshToken))
            .satisfies((ex) -> assertThat(ex.field()).isEqualTo("refreshToken"))
            .withMessage("refreshToken must not be blank");
        this.telnyx.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aBlankTokenIsNotAToken() {
        this.telnyx.answerCreate(json(201, "{\"data\":{\"token\":\"   \",\"refresh_token\":\"eyJ.refresh\"}}"));

        RoomTokenProviderException ex = createFails();

        assertThat(ex.isRetryable()).isFalse();
        assertThat(ex).hasMessage("telnyx answered HTTP 201: the answer is not a token response: 'data.token' has a "
                + "character no token has (at index 0)");
    }

    @Test
    void aBlankRefreshTokenInTheAnswerIsNotAToken() {
        this.telnyx.answerCreate(json(201, "{\"data\":{\"token\":\"eyJ.client\",\"refresh_token\":\" \"}}"));

        RoomTokenProviderException ex = createFails();

        assertThat(ex.isRetryable()).isFalse();
        assertThat(ex).hasMessage("telnyx answered HTTP 201: the answer is not a token response: "
                + "'data.refresh_token' has a character no token has (at index 0)");
    }

    @Test
    void aRefreshedAnswerWithABlankTokenIsNotAToken() {
        this.telnyx.answerRefresh(json(201, "{\"data\":{\"token\":\"\"}}"));

        assertThatExceptionOfType(RoomTokenProviderException.class)
            .isThrownBy(() -> this.telnyx.template().refreshToken(ROOM, "eyJ.refresh.token"))
            .withMessage("telnyx answered HTTP 201: the answer is not a token response: 'data.token' is empty");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "{\"message\":\"no\"}", "{\"errors\":null}", "{\"errors\":[]}", "{\"errors\":[null]}",
            "null", "[]" })
    void anErrorBodyWithoutErrorsIsDescribedByItsStatus(String body) {
        this.telnyx.answerCreate(json(422, body));

        RoomTokenProviderException ex = createFails();

        assertThat(ex.statusCode()).isEqualTo(422);
        assertThat(ex.errorCode()).isNull();
        assertThat(ex.providerMessage()).isNull();
        assertThat(ex.attribute()).isNull();
        assertThat(ex).hasMessage("telnyx answered HTTP 422: Unprocessable Content, with a body that is not "
                + "telnyx's JSON (application/json, " + body.length() + " bytes)");
    }

    @Test
    void anErrorWithOnlyATitleOrOnlyADetailKeepsWhatItHas() {
        this.telnyx.answerCreate(json(422, """
                {"errors":[{"code":"10015","title":"Invalid value"},{"detail":"ttl too big"},{"code":"x"}]}"""));

        RoomTokenProviderException ex = createFails();

        assertThat(ex.errorCode()).isEqualTo("10015");
        assertThat(ex.providerMessage()).isEqualTo("Invalid value; ttl too big");
        assertThat(ex).hasMessage("telnyx answered HTTP 422 [10015]: Invalid value; ttl too big");
    }

    @Test
    void anErrorWithNeitherTitleNorDetailSaysTheStatus() {
        this.telnyx.answerCreate(json(400, "{\"errors\":[{\"code\":\"10002\",\"source\":{\"parameter\":\"room\"}}]}"));

        RoomTokenProviderException ex = createFails();

        assertThat(ex.providerMessage()).isNull();
        assertThat(ex.attribute()).isEqualTo("room");
        assertThat(ex).hasMessage("telnyx answered HTTP 400 [10002]: Bad Request (attribute room)");
    }

    @Test
    void aPointerWithoutALeadingSlashIsKeptWhole() {
        this.telnyx.answerCreate(json(422,
                "{\"errors\":[{\"code\":\"10015\",\"detail\":\"bad\",\"source\":{\"pointer\":\"token_ttl_secs\"}}]}"));

        assertThat(createFails().attribute()).isEqualTo("token_ttl_secs");
    }

    @Test
    void aStatusHttpDoesNotNameIsCalledByItsNumber() {
        this.telnyx.answerCreate(aResponse().withStatus(599));

        RoomTokenProviderException ex = createFails();

        assertThat(ex.statusCode()).isEqualTo(599);
        assertThat(ex.isRetryable()).isTrue();
        assertThat(ex).hasMessage("telnyx answered HTTP 599: HTTP 599, with an empty body");
    }

    @Test
    void aStatusHttpDoesNotNameWithTelnyxErrorsKeepsThem() {
        this.telnyx.answerCreate(json(599, "{\"errors\":[{\"code\":\"90001\",\"title\":\"Odd\"}]}"));

        RoomTokenProviderException ex = createFails();

        assertThat(ex).hasMessage("telnyx answered HTTP 599 [90001]: Odd");
    }

    private RoomTokenProviderException createFails() {
        RoomTokenProviderException ex = catchThrowableOfType(RoomTokenProviderException.class,
                () -> this.telnyx.clientBuilder().build().prepareCreate(RoomTokenRequest.forRoom(ROOM).build()).send().token());
        assertThat(ex).as("the call's exception").isNotNull();
        return ex;
    }
}
