package dev.roomtoken.sample;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app with no provider settings: it starts the emulator and mints tokens from it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationEmulatorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    private SampleAppClient client;

    @Autowired
    private RoomTokenEmulator emulator;

    @BeforeEach
    void resetEmulator() {
        this.emulator.reset();
        this.client = new SampleAppClient(this.port);
    }

    @Test
    void createEndpointMintsASignalWireTokenThroughTheEmulator() throws Exception {
        HttpResponse<String> response = this.client.post("/api/rooms/standup/tokens",
                "{\"identity\":\"u-42\",\"displayName\":\"Alice\",\"ttlSeconds\":900}");

        assertThat(response.statusCode()).isEqualTo(201);
        Map<String, Object> body = JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {
        });
        assertThat(body).containsEntry("provider", "signalwire")
            .containsEntry("room", "standup")
            .containsEntry("refreshToken", null)
            .containsEntry("refreshTokenExpiresAt", null)
            .containsEntry("join", Map.of())
            .containsKeys("token", "expiresAt");
        assertThat((String) body.get("token")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(this.emulator.journal()).hasSize(1);
        assertThat(this.emulator.journal().get(0).json()).containsEntry("user_name", "Alice")
            .doesNotContainValue("u-42");
        String sentAuthorization = this.emulator.journal().get(0).header("Authorization");
        assertThat(sentAuthorization).isEqualTo("Basic " + Base64.getEncoder()
            .encodeToString((this.emulator.setting("roomtoken.signalwire.project-id") + ":"
                    + this.emulator.setting("roomtoken.signalwire.api-token")).getBytes()));
    }

    @Test
    void createEndpointWorksWithoutABody() throws Exception {
        HttpResponse<String> response = this.client.post("/api/rooms/standup/tokens", null);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"expiresAt\":null");
    }

    @Test
    void invalidRoomNameIsABadRequestNamingTheFieldAndNothingIsSent() throws Exception {
        HttpResponse<String> response = this.client.post("/api/rooms/no%20spaces/tokens", "{\"displayName\":\"Alice\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                (contentType) -> assertThat(contentType).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo("room");
        assertThat(this.emulator.journal()).isEmpty();
    }

    @Test
    void nonPositiveTtlIsABadRequestNamingTheField() throws Exception {
        HttpResponse<String> response = this.client.post("/api/rooms/standup/tokens", "{\"ttlSeconds\":0}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo("ttlSeconds");
        assertThat(this.emulator.journal()).isEmpty();
    }

    @Test
    void refreshIsNotOfferedBySignalWire() throws Exception {
        HttpResponse<String> response = this.client.post("/api/rooms/standup/tokens/refresh", "{\"refreshToken\":\"abc\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("operation").asString()).isEqualTo("refresh");
        assertThat(this.emulator.journal()).isEmpty();
    }

}
