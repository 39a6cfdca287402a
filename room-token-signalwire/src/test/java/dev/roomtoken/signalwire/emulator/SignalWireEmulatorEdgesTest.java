package dev.roomtoken.signalwire.emulator;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The edges of SignalWire's rules the main specification leaves out: datetimes as RFC 3339 writes
 * them, every boolean, permissions, bodies that are not objects, several broken rules at once, and
 * what the token's claims carry.
 */
class SignalWireEmulatorEdgesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final RoomTokenEmulator emulator = RoomTokenEmulator.start();

    private final SignalWireHttp http = new SignalWireHttp(emulator);

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void theApiDocumentsOwnLeapSecondExampleIsAccepted() throws Exception {
        Map<String, Object> claims = claims("{\"room_name\":\"r\",\"join_until\":\"2022-01-01T23:59:60Z\"}");

        assertThat(claims).containsEntry("join_until", "2022-01-01T23:59:60Z");
        assertThat(((Number) claims.get("exp")).longValue())
            .isEqualTo(Instant.parse("2022-01-01T23:59:59Z").getEpochSecond());
    }

    @ParameterizedTest
    @ValueSource(strings = { "2030-01-01", "2030-01-01T10:00:00+05:30", "2030-01-01T10:00:00.250-08:00",
            "2030-01-01t10:00:00z" })
    void rfc3339DatetimesWithAnyOffsetAndDatesAloneAreAccepted(String value) throws Exception {
        HttpResponse<String> response = this.http.signalWire(
                "{\"room_name\":\"r\",\"join_from\":\"%1$s\",\"join_until\":\"%1$s\",\"remove_at\":\"%1$s\"}"
                    .formatted(value));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"2030-01-01T10:00Z\"", "\"2030-01-01T10:00:00\"", "\"2030-02-30\"",
            "\"2030-01-01 10:00:00Z\"", "1893456000" })
    void datetimesWithoutSecondsOrOffsetAndNonStringsAreRejected(String value) throws Exception {
        assertRejected("{\"room_name\":\"r\",\"join_until\":" + value + "}", "join_until");
    }

    @ParameterizedTest
    @ValueSource(strings = { "join_audio_muted", "join_video_muted", "auto_create_room", "enable_room_previews",
            "end_room_session_on_leave", "sync_audio_video" })
    void everyBooleanMustBeAJsonBoolean(String field) throws Exception {
        assertRejected("{\"room_name\":\"r\",\"" + field + "\":\"true\"}", field);
        assertRejected("{\"room_name\":\"r\",\"" + field + "\":1}", field);
        assertThat(claims("{\"room_name\":\"r\",\"" + field + "\":true}")).containsEntry(field, true);
    }

    @Test
    void booleansLeftOutTakeTheApiDocumentsDefaults() throws Exception {
        assertThat(claims("{\"room_name\":\"r\"}")).containsEntry("auto_create_room", true)
            .containsEntry("join_audio_muted", false)
            .containsEntry("join_video_muted", false)
            .containsEntry("enable_room_previews", false)
            .containsEntry("end_room_session_on_leave", false)
            .containsEntry("sync_audio_video", false);
    }

    @Test
    void removalBoundsAreZeroAndTwoHundredThousandWholeSeconds() throws Exception {
        assertThat(claims("{\"room_name\":\"r\",\"remove_after_seconds_elapsed\":0}"))
            .containsEntry("remove_after_seconds_elapsed", 0);
        assertRejected("{\"room_name\":\"r\",\"remove_after_seconds_elapsed\":1.5}", "remove_after_seconds_elapsed");
        assertRejected("{\"room_name\":\"r\",\"remove_after_seconds_elapsed\":\"60\"}", "remove_after_seconds_elapsed");
    }

    @Test
    void givenPermissionsAndUserNameReachTheToken() throws Exception {
        Map<String, Object> claims = claims("{\"room_name\":\"r\",\"user_name\":\"Alice B\","
                + "\"permissions\":[\"room.self.audio_mute\",\"room.future_permission\"]}");

        assertThat(claims).containsEntry("user_name", "Alice B")
            .containsEntry("permissions", List.of("room.self.audio_mute", "room.future_permission"))
            .containsEntry("join_as", "member")
            .containsKey("iat");
        assertThat(((Number) claims.get("iat")).longValue())
            .isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond() + 60);
        assertThat(claims).doesNotContainKey("exp");
    }

    @ParameterizedTest
    @ValueSource(strings = { "[\"room.self audio_mute\"]", "[\"\"]", "[1]", "[null]", "{}" })
    void permissionsMustBeStringsWithoutWhitespace(String permissions) throws Exception {
        assertRejected("{\"room_name\":\"r\",\"permissions\":" + permissions + "}", "permissions");
    }

    @Test
    void roomMetaOfMoreThan2000CharactersIsRejectedAndMetaOf2000Accepted() throws Exception {
        assertRejected("{\"room_name\":\"r\",\"room_meta\":{\"k\":\"%s\"}}".formatted("m".repeat(1993)), "room_meta");
        assertThat(this.http.signalWire("{\"room_name\":\"r\",\"meta\":{\"k\":\"%s\"}}".formatted("m".repeat(1992)))
            .statusCode()).isEqualTo(200);
    }

    @Test
    void everyBrokenRuleIsReportedInOneAnswer() throws Exception {
        HttpResponse<String> response = this.http.signalWire("{\"room_name\":\"bad name\",\"user_name\":\"%s\","
                .formatted("u".repeat(101)) + "\"join_as\":\"host\",\"roomName\":\"r\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.valueStream().map((error) -> error.get("attribute").asString()))
            .containsExactlyInAnyOrder("roomName", "room_name", "user_name", "join_as");
        assertThat(errors.valueStream().map((error) -> error.get("type").asString())).containsOnly("validation_error");
        assertThat(errors.valueStream().map((error) -> error.get("url").asString()))
            .containsOnly("https://developer.signalwire.com/rest/overview/error-codes");
        assertThat(errors.valueStream()
            .filter((error) -> error.get("attribute").asString().equals("roomName"))
            .map((error) -> error.get("code").asString())).containsExactly("unknown_parameter");
    }

    @ParameterizedTest
    @ValueSource(strings = { "room_name=r", "[{\"room_name\":\"r\"}]", "\"r\"", "" })
    void aBodyThatIsNotAJsonObjectIs422(String body) throws Exception {
        HttpResponse<String> response = this.http.signalWire(body);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("type").asString()).isEqualTo("validation_error");
        assertThat(error.get("code").asString()).isEqualTo("invalid_body");
    }

    @Test
    void unauthorizedAnswersAreJson() throws Exception {
        HttpResponse<String> response = this.http.post("/api/video/room_tokens", "{\"room_name\":\"r\"}", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo("{\"error\":\"Unauthorized\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = { "GET", "PUT", "DELETE" })
    void otherMethodsOnTheTokenPathAre404(String method) throws Exception {
        HttpResponse<String> response = this.http.send(method, "/api/video/room_tokens", "", this.http.basic());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":\"Not Found\"}");
    }

    @Test
    void onlyTokensThisEmulatorMintedDecode() throws Exception {
        String token = JSON.readTree(this.http.signalWire("{\"room_name\":\"r\"}").body()).get("token").asString();
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "x." + parts[2];

        assertThatIllegalArgumentException().isThrownBy(() -> emulator.decodeClaims(tampered));
        assertThatIllegalArgumentException().isThrownBy(() -> emulator.decodeClaims("not-a-token"));
        try (RoomTokenEmulator other = RoomTokenEmulator.start()) {
            assertThatIllegalArgumentException().isThrownBy(() -> other.decodeClaims(token));
        }
    }

    private Map<String, Object> claims(String body) throws Exception {
        HttpResponse<String> response = this.http.signalWire(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return emulator.decodeClaims(JSON.readTree(response.body()).get("token").asString());
    }

    private void assertRejected(String body, String attribute) throws Exception {
        HttpResponse<String> response = this.http.signalWire(body);
        assertThat(response.statusCode()).as(body).isEqualTo(422);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.valueStream().map((error) -> error.get("attribute").asString())).as(body)
            .containsExactly(attribute);
    }
}
