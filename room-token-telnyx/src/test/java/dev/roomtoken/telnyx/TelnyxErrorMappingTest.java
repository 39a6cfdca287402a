package dev.roomtoken.telnyx;

import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.roomtoken.telnyx.TelnyxTestServer.API_KEY;
import static dev.roomtoken.telnyx.TelnyxTestServer.ROOM;
import static dev.roomtoken.telnyx.TelnyxTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Telnyx's error answers become {@link RoomTokenProviderException}s with its code and detail. One
 * exchange each, through the client: retrying them is the template's business.
 */
class TelnyxErrorMappingTest {

    private final TelnyxTestServer telnyx = new TelnyxTestServer();

    @AfterEach
    void stop() {
        this.telnyx.close();
    }

    @ParameterizedTest
    @CsvSource({ "401, 10009, Authentication failed, false", "403, 10010, Authorization failed, false",
            "404, 10005, Resource not found, false", "422, 10015, Invalid value, false",
            "500, 10007, Unexpected error, true", "503, 10011, Service unavailable, true" })
    void errorBodyIsParsedForEachStatus(int status, String code, String title, boolean retryable) {
        this.telnyx.answerCreate(json(status, """
                {"errors":[{"code":"%s","title":"%s","detail":"The detail of %s.",
                 "source":{"pointer":"/token_ttl_secs"},"meta":{"url":"https://developers.telnyx.com/docs/overview/errors/%s"}}]}"""
            .formatted(code, title, code, code)));

        RoomTokenProviderException ex = createFails();

        assertThat(ex.statusCode()).isEqualTo(status);
        assertThat(ex.errorCode()).isEqualTo(code);
        assertThat(ex.providerMessage()).isEqualTo(title + ": The detail of " + code + ".");
        assertThat(ex.attribute()).isEqualTo("token_ttl_secs");
        assertThat(ex.isRetryable()).isEqualTo(retryable);
        assertThat(ex.provider()).isEqualTo("telnyx");
        assertThat(ex.getMessage()).contains("HTTP " + status, code).doesNotContain(API_KEY);
    }

    @Test
    void severalErrorsAreAllInTheMessage() {
        this.telnyx.answerCreate(json(422, """
                {"errors":[{"code":"10015","title":"Invalid value","detail":"token_ttl_secs too big"},
                           {"code":"10015","title":"Invalid value","detail":"refresh_token_ttl_secs too small"}]}"""));

        RoomTokenProviderException ex = createFails();

        assertThat(ex.providerMessage()).contains("token_ttl_secs too big", "refresh_token_ttl_secs too small");
        assertThat(ex.attribute()).isNull();
    }

    @Test
    void aNonJsonBodyStillGivesAUsefulMessage() {
        this.telnyx.answerCreate(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
            .withBody("<html><body>Bad gateway</body></html>"));

        RoomTokenProviderException ex = createFails();

        assertThat(ex.statusCode()).isEqualTo(502);
        assertThat(ex.errorCode()).isNull();
        assertThat(ex.getMessage()).contains("Bad Gateway", "not telnyx's JSON", "text/html");
    }

    @Test
    void aSuccessWithoutATokenIsNotAToken() {
        this.telnyx.answerCreate(json(201, "{\"data\":{\"token_expires_at\":\"2026-11-23T10:10:00Z\"}}"));

        RoomTokenProviderException ex = createFails();

        assertThat(ex.statusCode()).isEqualTo(201);
        assertThat(ex.isRetryable()).isFalse();
        assertThat(ex.getMessage()).contains("no 'data.token'");
    }

    private RoomTokenProviderException createFails() {
        return catchThrowableOfType(RoomTokenProviderException.class,
                () -> this.telnyx.clientBuilder().build().prepareCreate(RoomTokenRequest.forRoom(ROOM).build()).send().token());
    }
}
