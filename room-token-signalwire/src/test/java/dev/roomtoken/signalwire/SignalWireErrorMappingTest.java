package dev.roomtoken.signalwire;

import java.net.ConnectException;
import java.net.URI;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.roomtoken.signalwire.SignalWireTestServer.assertNoSecretIn;
import static dev.roomtoken.signalwire.SignalWireTestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * SignalWire's error answers, one exchange each through the client, become
 * {@link RoomTokenProviderException}s that keep SignalWire's status, code, message and attribute;
 * an unreachable SignalWire is a {@link RoomTokenUnavailableException}. No message names the API
 * token.
 */
class SignalWireErrorMappingTest {

    @RegisterExtension
    final SignalWireTestServer signalWire = new SignalWireTestServer();

    @ParameterizedTest
    @CsvSource({ "401, Unauthorized", "403, Forbidden", "404, Not Found" })
    void aRefusalKeepsStatusAndSignalWiresMessageAndIsNotRetryable(int status, String error) {
        RoomTokenProviderException ex = answeredWith(json(status, "{\"error\":\"" + error + "\"}"));

        assertThat(ex.provider()).isEqualTo("signalwire");
        assertThat(ex.statusCode()).isEqualTo(status);
        assertThat(ex.errorCode()).isNull();
        assertThat(ex.providerMessage()).isEqualTo(error);
        assertThat(ex.attribute()).isNull();
        assertThat(ex.isRetryable()).isFalse();
        assertThat(ex.getMessage()).isEqualTo("signalwire answered HTTP " + status + ": " + error);
    }

    @Test
    void aValidationErrorKeepsCodeMessageAndAttribute() {
        RoomTokenProviderException ex = answeredWith(json(422, """
                {"errors":[{"type":"validation_error","code":"invalid_parameter","message":"room_name is invalid",
                 "attribute":"room_name","url":"https://developer.signalwire.com/rest/overview/error-codes"}]}"""));

        assertThat(ex.statusCode()).isEqualTo(422);
        assertThat(ex.errorCode()).isEqualTo("invalid_parameter");
        assertThat(ex.providerMessage()).isEqualTo("room_name is invalid");
        assertThat(ex.attribute()).isEqualTo("room_name");
        assertThat(ex.isRetryable()).isFalse();
        assertThat(ex.getMessage())
            .isEqualTo("signalwire answered HTTP 422 [invalid_parameter]: room_name is invalid (attribute room_name)");
    }

    @Test
    void severalValidationErrorsKeepTheFirstCodeAndEveryMessage() {
        RoomTokenProviderException ex = answeredWith(json(422, """
                {"errors":[{"code":"invalid_parameter","message":"room_name is invalid","attribute":"room_name"},
                           {"code":"too_long","message":"user_name is too long","attribute":"user_name"}]}"""));

        assertThat(ex.errorCode()).isEqualTo("invalid_parameter");
        assertThat(ex.attribute()).isEqualTo("room_name");
        assertThat(ex.providerMessage()).isEqualTo("room_name is invalid; user_name is too long");
    }

    @Test
    void aServerErrorIsRetryable() {
        RoomTokenProviderException ex = answeredWith(json(500, "{\"error\":\"Internal Server Error\"}"));

        assertThat(ex.statusCode()).isEqualTo(500);
        assertThat(ex.isRetryable()).isTrue();
    }

    @Test
    void anErrorBodyThatIsNotJsonIsDescribedWithTheStatus() {
        RoomTokenProviderException ex = answeredWith(aResponse().withStatus(502)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><body>upstream down</body></html>"));

        assertThat(ex.statusCode()).isEqualTo(502);
        assertThat(ex.errorCode()).isNull();
        assertThat(ex.providerMessage()).isNull();
        assertThat(ex.isRetryable()).isTrue();
        assertThat(ex.getMessage()).isEqualTo("signalwire answered HTTP 502: Bad Gateway, "
                + "with a body that is not signalwire's JSON (text/html, 39 bytes)");
    }

    @Test
    void anEmptyErrorBodyIsDescribedAsEmpty() {
        RoomTokenProviderException ex = answeredWith(aResponse().withStatus(503));

        assertThat(ex.getMessage()).isEqualTo("signalwire answered HTTP 503: Service Unavailable, with an empty body");
    }

    @Test
    void aSuccessWithAnHtmlBodyIsNotAToken() {
        RoomTokenProviderException ex = answeredWith(aResponse().withStatus(200)
            .withHeader("Content-Type", "text/html")
            .withBody("<html>captive portal</html>"));

        assertThat(ex.statusCode()).isEqualTo(200);
        assertThat(ex.isRetryable()).isFalse();
        assertThat(ex.getMessage()).isEqualTo("signalwire answered HTTP 200: the answer is not a room token response: "
                + "no 'token' field, with a body that is not signalwire's JSON (text/html, 27 bytes)");
    }

    @Test
    void aSuccessWithJsonLackingATokenIsNotAToken() {
        RoomTokenProviderException ex = answeredWith(json(200, "{\"room_token\":\"eyJ.elsewhere\"}"));

        assertThat(ex.statusCode()).isEqualTo(200);
        assertThat(ex.isRetryable()).isFalse();
        assertThat(ex.getMessage()).startsWith(
                "signalwire answered HTTP 200: the answer is not a room token response: no 'token' field");
    }

    @Test
    void aSuccessWithABlankTokenIsNotAToken() {
        RoomTokenProviderException ex = answeredWith(json(200, "{\"token\":\" \"}"));

        assertThat(ex.getMessage()).isEqualTo("signalwire answered HTTP 200: the answer is not a token response: "
                + "'token' has a character no token has (at index 0)");
        assertThat(ex.isRetryable()).isFalse();
    }

    @Test
    void aRefusedConnectionIsUnavailableWithTheCauseKept() {
        SignalWireTokenIssuer client = this.signalWire.clientBuilder()
            .baseUrl(URI.create("http://localhost:" + SignalWireTestServer.closedPort()))
            .build();

        RoomTokenUnavailableException ex = catchThrowableOfType(RoomTokenUnavailableException.class,
                () -> client.prepareCreate(RoomTokenRequest.forRoom("r").build()).send().token());

        assertThat(ex.provider()).isEqualTo("signalwire");
        assertThat(ex.isRetryable()).isTrue();
        assertThat(ex.statusCode()).isNull();
        assertThat(ex.getCause()).isInstanceOf(ConnectException.class);
        assertThat(ex.getMessage()).isEqualTo("signalwire could not be reached: ConnectException");
        assertNoSecretIn(ex);
    }

    private RoomTokenProviderException answeredWith(ResponseDefinitionBuilder answer) {
        this.signalWire.answer(answer);
        RoomTokenProviderException ex = catchThrowableOfType(RoomTokenProviderException.class,
                () -> this.signalWire.client().prepareCreate(RoomTokenRequest.forRoom("r").build()).send().token());
        assertThat(ex).as("the answer's exception").isNotNull();
        assertNoSecretIn(ex);
        this.signalWire.verifyOnlyRequest("{\"room_name\":\"r\"}");
        return ex;
    }
}
