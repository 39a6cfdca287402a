package dev.roomtoken.signalwire;

import java.net.ConnectException;
import java.net.URI;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * SignalWire's error answers become {@link RoomTokenProviderException}s with its own code,
 * message and attribute. One exchange each, through the client.
 */
class SignalWireErrorMappingTest {

    private static final String API_TOKEN = "PT-secret-token-5e1";

    private final WireMockServer signalWire = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    SignalWireErrorMappingTest() {
        this.signalWire.start();
    }

    @AfterEach
    void stop() {
        this.signalWire.stop();
    }

    @ParameterizedTest
    @CsvSource({ "401, Unauthorized, false", "403, Forbidden, false", "404, Not Found, false",
            "500, Internal Server Error, true" })
    void statusWithSignalWiresErrorBody(int status, String error, boolean retryable) {
        RoomTokenProviderException ex = answeredWith(json(status, "{\"error\":\"" + error + "\"}"));

        assertThat(ex.statusCode()).isEqualTo(status);
        assertThat(ex.providerMessage()).isEqualTo(error);
        assertThat(ex.errorCode()).isNull();
        assertThat(ex.isRetryable()).isEqualTo(retryable);
        assertThat(ex.getMessage()).isEqualTo("signalwire answered HTTP " + status + ": " + error)
            .doesNotContain(API_TOKEN);
    }

    @Test
    void unprocessableRequestKeepsCodeMessageAndAttribute() {
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
    void aBodyThatIsNotJsonStillSaysWhatHappened() {
        RoomTokenProviderException ex = answeredWith(aResponse().withStatus(502)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><body>upstream down</body></html>"));

        assertThat(ex.statusCode()).isEqualTo(502);
        assertThat(ex.getMessage()).contains("HTTP 502", "Bad Gateway", "not signalwire's JSON", "text/html",
                "39 bytes");
    }

    @Test
    void anEmptyErrorBodySaysSo() {
        assertThat(answeredWith(aResponse().withStatus(500)).getMessage()).contains("with an empty body");
    }

    @Test
    void aSuccessWithoutATokenIsNotAToken() {
        RoomTokenProviderException ex = answeredWith(json(200, "{\"tokens\":[]}"));

        assertThat(ex.statusCode()).isEqualTo(200);
        assertThat(ex.isRetryable()).isFalse();
        assertThat(ex.getMessage()).contains("no 'token' field");
    }

    @Test
    void anUnreachableProviderIsUnavailableWithTheCauseKept() {
        SignalWireRoomTokenClient client = client();
        this.signalWire.stop();

        RoomTokenUnavailableException ex = catchThrowableOfType(RoomTokenUnavailableException.class,
                () -> client.prepareCreate(RoomTokenRequest.forRoom("r").build()).execute());

        assertThat(ex.isRetryable()).isTrue();
        assertThat(ex.getCause()).isInstanceOf(ConnectException.class);
        assertThat(ex.getMessage()).startsWith("signalwire could not be reached").doesNotContain(API_TOKEN);
    }

    private RoomTokenProviderException answeredWith(ResponseDefinitionBuilder answer) {
        this.signalWire.stubFor(post("/api/video/room_tokens").willReturn(answer));
        return catchThrowableOfType(RoomTokenProviderException.class,
                () -> client().prepareCreate(RoomTokenRequest.forRoom("r").build()).execute());
    }

    private SignalWireRoomTokenClient client() {
        return SignalWireRoomTokenClient.builder()
            .baseUrl(URI.create("http://localhost:" + this.signalWire.port()))
            .projectId("p")
            .apiToken(API_TOKEN)
            .build();
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
