package dev.roomtoken.signalwire.emulator;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator answers {@code POST /api/video/room_tokens} as SignalWire's API document says.
 */
class SignalWireEmulatorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final RoomTokenEmulator emulator = RoomTokenEmulator.start();

    private final SignalWireHttp http = new SignalWireHttp(emulator);

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void minimalRequestGetsAJwtShapedTokenWithSignalWiresDefaults() throws Exception {
        HttpResponse<String> response = this.http.signalWire("{\"room_name\":\"standup\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        String token = JSON.readTree(response.body()).get("token").asString();
        assertThat(token).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        Map<String, Object> claims = emulator.decodeClaims(token);
        assertThat(claims).containsEntry("room_name", "standup")
            .containsEntry("auto_create_room", true)
            .containsEntry("join_audio_muted", false)
            .containsEntry("permissions", SignalWireEndpoint.DEFAULT_PERMISSIONS);
        assertThat((String) claims.get("user_name")).matches("[A-Za-z0-9]{12}");
    }

    @Test
    void audienceGetsNoPermissionsWhateverWasAsked() throws Exception {
        HttpResponse<String> response = this.http
            .signalWire("{\"room_name\":\"r\",\"join_as\":\"audience\",\"permissions\":[\"room.self.audio_mute\"]}");

        Map<String, Object> claims = emulator.decodeClaims(JSON.readTree(response.body()).get("token").asString());
        assertThat(claims).containsEntry("permissions", List.of()).containsEntry("join_as", "audience");
    }

    @Test
    void joinUntilBecomesTheTokensExpiryAndADateAloneIsMidnightUtc() throws Exception {
        HttpResponse<String> response = this.http
            .signalWire("{\"room_name\":\"r\",\"join_from\":\"2030-01-01\",\"join_until\":\"2030-01-02\"}");

        Map<String, Object> claims = emulator.decodeClaims(JSON.readTree(response.body()).get("token").asString());
        assertThat(((Number) claims.get("exp")).longValue()).isEqualTo(1893542400L);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"room_name\":\"%s\"}", "{\"room_name\":\"r\",\"user_name\":\"%s\"}" })
    void hundredCharactersAreAccepted(String template) throws Exception {
        assertThat(this.http.signalWire(template.formatted("a".repeat(100))).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            room name too long        | {"room_name":"%s"}                                         | room_name
            room name with a space    | {"room_name":"stand up"}                                   | room_name
            room name missing         | {"user_name":"alice"}                                      | room_name
            user name too long        | {"room_name":"r","user_name":"%s"}                         | user_name
            display name too long     | {"room_name":"r","room_display_name":"%s%s"}               | room_display_name
            removal past the bound    | {"room_name":"r","remove_after_seconds_elapsed":200001}    | remove_after_seconds_elapsed
            negative removal          | {"room_name":"r","remove_after_seconds_elapsed":-1}        | remove_after_seconds_elapsed
            join from after until     | {"room_name":"r","join_from":"2030-01-02","join_until":"2030-01-01"} | join_from
            not a datetime            | {"room_name":"r","remove_at":"tomorrow"}                   | remove_at
            not a boolean             | {"room_name":"r","auto_create_room":"yes"}                 | auto_create_room
            unknown join_as           | {"room_name":"r","join_as":"host"}                         | join_as
            unknown media_allowed     | {"room_name":"r","media_allowed":"none"}                   | media_allowed
            permissions not a list    | {"room_name":"r","permissions":"room.self.audio_mute"}     | permissions
            meta not an object        | {"room_name":"r","meta":[1]}                               | meta
            unknown field             | {"room_name":"r","ttl":60}                                 | ttl
            """)
    void brokenRuleIsA422NamingTheAttribute(String rule, String body, String attribute) throws Exception {
        HttpResponse<String> response = this.http.signalWire(body.formatted("a".repeat(101), "a".repeat(100)));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("attribute").asString()).isEqualTo(attribute);
        assertThat(error.get("code").asString()).isNotBlank();
        assertThat(error.get("message").asString()).contains(attribute);
    }

    @Test
    void edgeValuesAreAccepted() throws Exception {
        String body = "{\"room_name\":\"a-Z_0\",\"room_display_name\":\"%s\",\"remove_after_seconds_elapsed\":200000,"
                + "\"join_from\":\"2030-01-01T00:00:00Z\",\"join_until\":\"2030-01-01T02:00:00+02:00\","
                + "\"media_allowed\":\"video-only\",\"room_meta\":{\"k\":\"%s\"}}";

        HttpResponse<String> response = this.http.signalWire(body.formatted("d".repeat(200), "m".repeat(1992)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void metaOfMoreThan2000CharactersIsRejected() throws Exception {
        HttpResponse<String> response = this.http
            .signalWire("{\"room_name\":\"r\",\"meta\":{\"k\":\"%s\"}}".formatted("m".repeat(1993)));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"attribute\":\"meta\"");
    }

    @Test
    void missingOrWrongCredentialsAre401() throws Exception {
        assertThat(this.http.post("/api/video/room_tokens", "{\"room_name\":\"r\"}", null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = this.http.post("/api/video/room_tokens", "{\"room_name\":\"r\"}",
                "Basic d3Jvbmc6Y3JlZGVudGlhbHM=");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo("{\"error\":\"Unauthorized\"}");
    }

    @Test
    void otherPathsAre404() throws Exception {
        assertThat(this.http.post("/api/video/rooms", "{}", this.http.basic()).statusCode()).isEqualTo(404);
    }
}
