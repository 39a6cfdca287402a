package dev.roomtoken.telnyx;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.roomtoken.RoomTokenTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A WireMock server standing in for Telnyx under {@code /v2}, and a template pointed at it.
 */
final class TelnyxTestServer implements AutoCloseable {

    static final String API_KEY = "KEY0189-telnyx-secret-api-key";

    static final String ROOM = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

    static final String CREATE_PATH = "/v2/rooms/" + ROOM + "/actions/generate_join_client_token";

    static final String REFRESH_PATH = "/v2/rooms/" + ROOM + "/actions/refresh_client_token";

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    final WireMockServer server = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    TelnyxTestServer() {
        this.server.start();
    }

    TelnyxTokenIssuer.Builder clientBuilder() {
        return TelnyxTokenIssuer.builder()
            .baseUrl(URI.create(this.server.baseUrl() + "/v2"))
            .apiKey(API_KEY)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    RoomTokenTemplate template() {
        return new RoomTokenTemplate(clientBuilder().build());
    }

    void answerCreate(ResponseDefinitionBuilder answer) {
        this.server.stubFor(post(urlPathEqualTo(CREATE_PATH)).willReturn(answer));
    }

    void answerRefresh(ResponseDefinitionBuilder answer) {
        this.server.stubFor(post(urlPathEqualTo(REFRESH_PATH)).willReturn(answer));
    }

    void stub(MappingBuilder mapping) {
        this.server.stubFor(mapping);
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Override
    public void close() {
        this.server.stop();
    }
}
