package dev.roomtoken.daily;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.roomtoken.signing.DecodedJwt;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WireMock server standing in for Daily's API under {@code /v1}, answering
 * {@code POST /v1/meeting-tokens} with a token, and issuers in both modes on one fixed clock.
 */
final class DailyTestServer implements AutoCloseable {

    static final String API_KEY = "daily-api-key-3c9e2b7f41d0";

    static final String DOMAIN_ID = "30f866c3-9123-452a-8723-ff58322d09c5";

    static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

    static final String MINTED = "eyJhbGciOiJIUzI1NiJ9.eyJyIjoic3RhbmR1cCJ9.minted";

    final WireMockServer server = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    DailyTestServer() {
        this.server.start();
        answer(json(200, "{\"token\":\"" + MINTED + "\"}"));
    }

    DailyTokenIssuer.Builder rest() {
        return DailyTokenIssuer.builder()
            .baseUrl(URI.create(this.server.baseUrl() + "/v1"))
            .apiKey(API_KEY)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    DailyTokenIssuer.Builder selfSigned() {
        return rest().selfSigned(true).domainId(DOMAIN_ID);
    }

    void answer(ResponseDefinitionBuilder answer) {
        this.server.stubFor(post(urlEqualTo("/v1/meeting-tokens")).willReturn(answer));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** The one request the server received, which must be the meeting token request. */
    LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = this.server.findAll(postRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getUrl()).isEqualTo("/v1/meeting-tokens");
        return requests.get(0);
    }

    /** The {@code properties} of the one request's body. */
    @SuppressWarnings("unchecked")
    Map<String, Object> sentProperties() {
        Map<String, Object> body = DecodedJwt.json(onlyRequest().getBodyAsString());
        assertThat(body).containsOnlyKeys("properties");
        return (Map<String, Object>) body.get("properties");
    }

    void verifyNothingSent() {
        assertThat(this.server.findAll(postRequestedFor(anyUrl()))).isEmpty();
    }

    @Override
    public void close() {
        this.server.stop();
    }
}
