package dev.roomtoken.daily;

import java.time.Duration;

import dev.roomtoken.Issuance;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.roomtoken.daily.DailyTestServer.API_KEY;
import static dev.roomtoken.daily.DailyTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Daily's error answers, {@code {"error": ..., "info": ...}} (https://docs.daily.co/docs/rest-api/errors),
 * become {@link RoomTokenProviderException}s with the error type as the code and the info as the
 * message. One exchange each, through the issuer: retrying is the template's business.
 */
class DailyErrorMappingTest {

    private final DailyTestServer daily = new DailyTestServer();

    @AfterEach
    void stop() {
        this.daily.close();
    }

    @ParameterizedTest
    @CsvSource({ "400, invalid-request-error, room_name is required, false",
            "401, authentication-error, invalid api key, false",
            "401, authorization-header-error, bad Authorization header format, false",
            "403, forbidden-error, forbidden, false", "429, rate-limit-error, too many requests, true",
            "500, server-error, unexpected error, true" })
    void theErrorTypeAndInfoAreReadForEachStatus(int status, String error, String info, boolean retryable) {
        this.daily.answer(json(status, "{\"error\":\"" + error + "\",\"info\":\"" + info + "\"}"));

        RoomTokenProviderException ex = createFails();

        assertThat(ex.statusCode()).isEqualTo(status);
        assertThat(ex.errorCode()).isEqualTo(error);
        assertThat(ex.providerMessage()).isEqualTo(info);
        assertThat(ex.attribute()).isNull();
        assertThat(ex.isRetryable()).isEqualTo(retryable);
        assertThat(ex.provider()).isEqualTo("daily");
        assertThat(ex).hasMessage("daily answered HTTP " + status + " [" + error + "]: " + info);
    }

    @Test
    void aRetryAfterIsKept() {
        this.daily.answer(json(429, "{\"error\":\"rate-limit-error\",\"info\":\"slow down\"}").withHeader("Retry-After", "7"));

        assertThat(createFails().retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void anEchoedApiKeyIsMasked() {
        this.daily.answer(json(401, "{\"error\":\"authentication-error\",\"info\":\"invalid api key " + API_KEY + "\"}"));

        RoomTokenProviderException ex = createFails();

        assertThat(ex.providerMessage()).isEqualTo("invalid api key ******");
        assertThat(ex.getMessage()).doesNotContain(API_KEY);
    }

    @Test
    void aNonJsonBodyStillGivesAUsefulMessage() {
        this.daily.answer(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
            .withBody("<html><body>Bad gateway</body></html>"));

        RoomTokenProviderException ex = createFails();

        assertThat(ex.errorCode()).isNull();
        assertThat(ex.providerMessage()).isNull();
        assertThat(ex).hasMessage("daily answered HTTP 502: Bad Gateway, with a body that is not daily's JSON "
                + "(text/html, 37 bytes)");
    }

    @Test
    void fieldsThatAreNotStringsAreLeftOut() {
        this.daily.answer(json(400, "{\"error\":{\"type\":\"x\"},\"info\":42}"));

        RoomTokenProviderException ex = createFails();

        assertThat(ex.errorCode()).isNull();
        assertThat(ex.providerMessage()).isNull();
        assertThat(ex).hasMessage("daily answered HTTP 400: Bad Request, with a body that is not daily's JSON "
                + "(application/json, 32 bytes)");
    }

    @Test
    void aSuccessWithoutATokenIsNotAToken() {
        this.daily.answer(json(200, "{\"room\":\"standup\"}"));

        RoomTokenProviderException ex = createFails();

        assertThat(ex.isRetryable()).isFalse();
        assertThat(ex).hasMessage("daily answered HTTP 200: the answer is not a meeting token response: no 'token' "
                + "field, with a body that is not daily's JSON (application/json, 18 bytes)");
    }

    private RoomTokenProviderException createFails() {
        Issuance.Exchange exchange = (Issuance.Exchange) this.daily.rest().build()
            .prepareCreate(RoomTokenRequest.forRoom("standup").build());
        return catchThrowableOfType(RoomTokenProviderException.class, exchange::send);
    }
}
