package dev.roomtoken.sample;

import java.net.http.HttpResponse;
import java.util.Map;

import dev.roomtoken.test.RecordedRequest;
import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app with {@code roomtoken.provider=telnyx} and no key: Telnyx tokens from the
 * emulator, created and then refreshed over HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "roomtoken.provider=telnyx")
class SampleApplicationTelnyxTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String ROOM = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

    @LocalServerPort
    private int port;

    @Autowired
    private RoomTokenEmulator emulator;

    private SampleAppClient client;

    @BeforeEach
    void reset() {
        this.emulator.reset();
        this.client = new SampleAppClient(this.port);
    }

    @Test
    void createThenRefreshEndToEnd() throws Exception {
        HttpResponse<String> created = this.client.post("/api/rooms/" + ROOM + "/tokens", "{\"ttlSeconds\":300}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode token = JSON.readTree(created.body());
        assertThat(token.get("provider").asString()).isEqualTo("telnyx");
        assertThat(token.get("refreshToken").asString()).isNotBlank();
        assertThat(token.get("refreshTokenExpiresAt").asString()).isNotBlank();

        HttpResponse<String> refreshed = this.client.post("/api/rooms/" + ROOM + "/tokens/refresh",
                "{\"refreshToken\":\"" + token.get("refreshToken").asString() + "\"}");

        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(201);
        JsonNode fresh = JSON.readTree(refreshed.body());
        assertThat(fresh.get("token").asString()).isNotEqualTo(token.get("token").asString());
        assertThat(this.emulator.decodeClaims(fresh.get("token").asString())).containsEntry("room_id", ROOM);
        assertThat(this.emulator.journal()).extracting(RecordedRequest::path).containsExactly(
                "/v2/rooms/" + ROOM + "/actions/generate_join_client_token",
                "/v2/rooms/" + ROOM + "/actions/refresh_client_token");
        assertThat(this.emulator.journal().get(0).json()).isEqualTo(Map.of("token_ttl_secs", 300,
                "refresh_token_ttl_secs", 3600));
        assertThat(this.emulator.journal().get(1).header("Authorization")).isNull();
    }

    @Test
    void aRoomThatIsNotAUuidIsABadRequestAndNothingIsSent() throws Exception {
        HttpResponse<String> response = this.client.post("/api/rooms/standup/tokens", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo("room");
        assertThat(this.emulator.journal()).isEmpty();
    }

    @Test
    void aTtlOutsideTelnyxsBoundsIsABadRequestNamingIt() throws Exception {
        HttpResponse<String> response = this.client.post("/api/rooms/" + ROOM + "/tokens", "{\"ttlSeconds\":7200}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo("ttl");
        assertThat(this.emulator.journal()).isEmpty();
    }

    @Test
    void aRefreshTokenTheProviderRefusesIsABadGateway() throws Exception {
        HttpResponse<String> response = this.client.post("/api/rooms/" + ROOM + "/tokens/refresh",
                "{\"refreshToken\":\"not.a.token\"}");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(JSON.readTree(response.body()).get("providerStatus").asInt()).isEqualTo(403);
    }
}
