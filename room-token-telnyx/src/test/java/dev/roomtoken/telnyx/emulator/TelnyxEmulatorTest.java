package dev.roomtoken.telnyx.emulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import dev.roomtoken.test.EmulatorHttp;
import dev.roomtoken.test.MovableClock;
import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator answers Telnyx's create and refresh endpoints as its API document says.
 */
class TelnyxEmulatorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String ROOM = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

    private static final String CREATE = "/v2/rooms/" + ROOM + "/actions/generate_join_client_token";

    private static final String REFRESH = "/v2/rooms/" + ROOM + "/actions/refresh_client_token";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private final RoomTokenEmulator emulator = RoomTokenEmulator.builder().clock(this.clock).start();

    private final EmulatorHttp http = new EmulatorHttp(this.emulator);

    @AfterEach
    void stop() {
        this.emulator.close();
    }

    @Test
    void createAnswers201WithBothTokensAndTheirExpiry() throws Exception {
        HttpResponse<String> response = create("{}");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode data = JSON.readTree(response.body()).get("data");
        assertThat(data.get("token_expires_at").asString()).isEqualTo("2026-11-23T10:10:00Z");
        assertThat(data.get("refresh_token_expires_at").asString()).isEqualTo("2026-11-23T11:00:00Z");
        assertThat(this.emulator.decodeClaims(data.get("token").asString())).containsEntry("room_id", ROOM);
    }

    @Test
    void createNeedsTheBearerKey() throws Exception {
        assertThat(this.http.post(CREATE, "{}", null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = this.http.post(CREATE, "{}", "Bearer nope");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(wrong.body()).get("errors").get(0).get("code").asString()).isEqualTo("10009");
    }

    @Test
    void roomMustBeAUuid() throws Exception {
        HttpResponse<String> response = this.http.post("/v2/rooms/standup/actions/generate_join_client_token", "{}",
                "Bearer " + this.emulator.setting(TelnyxEndpoints.API_KEY));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("/room_id");
    }

    @ParameterizedTest
    @CsvSource({ "token_ttl_secs, 10, 201", "token_ttl_secs, 3600, 201", "token_ttl_secs, 9, 422",
            "token_ttl_secs, 3601, 422", "refresh_token_ttl_secs, 60, 201", "refresh_token_ttl_secs, 86400, 201",
            "refresh_token_ttl_secs, 59, 422", "refresh_token_ttl_secs, 86401, 422" })
    void ttlBoundsAreTelnyxs(String field, int seconds, int status) throws Exception {
        HttpResponse<String> response = create("{\"" + field + "\":" + seconds + "}");

        assertThat(response.statusCode()).isEqualTo(status);
        if (status == 422) {
            assertThat(JSON.readTree(response.body()).get("errors").get(0).get("source").get("pointer").asString())
                .isEqualTo("/" + field);
        }
    }

    @Test
    void refreshNeedsNoKeyAndGivesAFreshToken() throws Exception {
        String refreshToken = refreshTokenOf(create("{\"refresh_token_ttl_secs\":60}"));
        this.clock.advance(Duration.ofSeconds(30));

        HttpResponse<String> response = this.http.post(REFRESH,
                "{\"refresh_token\":\"" + refreshToken + "\",\"token_ttl_secs\":20}", null);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode data = JSON.readTree(response.body()).get("data");
        assertThat(data.get("token_expires_at").asString()).isEqualTo("2026-11-23T10:00:50Z");
        assertThat(data.has("refresh_token")).isFalse();
    }

    @Test
    void anExpiredRefreshTokenIsRefused() throws Exception {
        String refreshToken = refreshTokenOf(create("{\"refresh_token_ttl_secs\":60}"));
        this.clock.advance(Duration.ofSeconds(60));

        HttpResponse<String> response = this.http.post(REFRESH, "{\"refresh_token\":\"" + refreshToken + "\"}", null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("expired");
    }

    @Test
    void aRefreshTokenOfAnotherRoomOrNotMintedHereIsRefused() throws Exception {
        String refreshToken = refreshTokenOf(create("{}"));
        String otherRoom = "/v2/rooms/11111111-2222-3333-4444-555555555555/actions/refresh_client_token";

        assertThat(this.http.post(otherRoom, "{\"refresh_token\":\"" + refreshToken + "\"}", null).statusCode())
            .isEqualTo(403);
        assertThat(this.http.post(REFRESH, "{\"refresh_token\":\"a.b.c\"}", null).statusCode()).isEqualTo(403);
        assertThat(this.http.post(REFRESH, "{}", null).statusCode()).isEqualTo(422);
    }

    private HttpResponse<String> create(String body) throws Exception {
        return this.http.post(CREATE, body, "Bearer " + this.emulator.setting(TelnyxEndpoints.API_KEY));
    }

    private static String refreshTokenOf(HttpResponse<String> created) {
        return JSON.readTree(created.body()).get("data").get("refresh_token").asString();
    }
}
