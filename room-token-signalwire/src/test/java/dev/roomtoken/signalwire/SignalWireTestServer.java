package dev.roomtoken.signalwire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WireMock server standing in for SignalWire's room token endpoint, and clients pointed at it
 * with known credentials and a fixed clock. Register it with {@code @RegisterExtension}; it is
 * stopped after each test.
 */
final class SignalWireTestServer implements AfterEachCallback {

    static final String PATH = "/api/video/room_tokens";

    static final String PROJECT_ID = "project-7f3a";

    static final String API_TOKEN = "PT-secret-api-token-91c2";

    /** The Authorization header SignalWire expects: Basic base64(project_id:api_token). */
    static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
        .encodeToString((PROJECT_ID + ":" + API_TOKEN).getBytes(StandardCharsets.UTF_8));

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** The token every successful answer carries. */
    static final String MINTED = "eyJ.minted.room-token";

    final WireMockServer server = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    SignalWireTestServer() {
        this.server.start();
        answer(json(200, "{\"token\":\"" + MINTED + "\",\"field_added_later\":true}"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        this.server.stop();
    }

    /** Answers every token request with the given answer from now on. */
    void answer(ResponseDefinitionBuilder answer) {
        this.server.stubFor(post(PATH).willReturn(answer));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** A client builder with the test credentials and clock, pointed at this server. */
    SignalWireTokenIssuer.Builder clientBuilder() {
        return SignalWireTokenIssuer.builder()
            .baseUrl(URI.create(this.server.baseUrl()))
            .projectId(PROJECT_ID)
            .apiToken(API_TOKEN)
            .clock(CLOCK);
    }

    SignalWireTokenIssuer client() {
        return clientBuilder().build();
    }

    /**
     * Checks that exactly one request was received, and that it was SignalWire's: a POST to the
     * token path with Basic credentials, a JSON content type and exactly the given JSON body.
     */
    void verifyOnlyRequest(String expectedJson) {
        this.server.verify(1, anyRequestedFor(anyUrl()));
        this.server.verify(1, postRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo(AUTHORIZATION))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson(expectedJson, false, false)));
    }

    /** The one request received, as sent. */
    LoggedRequest onlyRequest() {
        assertThat(this.server.getAllServeEvents()).hasSize(1);
        return this.server.getAllServeEvents().get(0).getRequest();
    }

    void verifyNothingSent() {
        this.server.verify(0, anyRequestedFor(anyUrl()));
    }

    /** Checks that neither a failure nor any of its causes mentions the API token or credentials. */
    static void assertNoSecretIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(t.toString()).doesNotContain(API_TOKEN, AUTHORIZATION.substring("Basic ".length()));
        }
    }

    /** A local port that nothing listens on. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
