package dev.roomtoken.vonage;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WireMock server standing in for the Video API, answering {@code POST /session/create} with a
 * session as Vonage's documentation shows it, and issuers pointed at it with the test key.
 */
final class VonageSessionServer implements AutoCloseable {

    static final String CREATED_SESSION = "1_MX4xMDBfjE0Mzc2NzY1NDgwMTJ-TjMzfn4";

    final WireMockServer server = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    VonageSessionServer() {
        this.server.start();
        answer(json(200, "[{\"session_id\":\"" + CREATED_SESSION + "\",\"application_id\":\""
                + VonageFixtures.APPLICATION_ID + "\",\"create_dt\":\"Mon, 23 Nov 2026 10:00:00 GMT\","
                + "\"media_server_url\":\"\"}]"));
    }

    VonageTokenIssuer.Builder issuer() {
        return VonageFixtures.issuer(new AtomicInteger()).baseUrl(URI.create(this.server.baseUrl()));
    }

    void answer(ResponseDefinitionBuilder answer) {
        this.server.stubFor(post(urlEqualTo("/session/create")).willReturn(answer));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    List<LoggedRequest> requests() {
        return this.server.findAll(postRequestedFor(anyUrl()));
    }

    /** The one request the server received, which must be the session creation. */
    LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = requests();
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getUrl()).isEqualTo("/session/create");
        return requests.get(0);
    }

    @Override
    public void close() {
        this.server.stop();
    }
}
