package dev.roomtoken.signalwire.emulator;

import java.net.http.HttpResponse;
import java.util.Map;

import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator counts SignalWire's characters as the client does, in Unicode code points (an emoji
 * is one, a combining mark is one of its own), and takes only datetimes whose year RFC 3339 can
 * write: four digits, no sign.
 */
class SignalWireEmulatorCharactersAndYearsTest {

    /** U+1F600, one code point written as a surrogate pair. */
    private static final String EMOJI = "\uD83D\uDE00";

    /** An e and U+0301 COMBINING ACUTE ACCENT: two code points. */
    private static final String E_ACUTE_DECOMPOSED = "e\u0301";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final RoomTokenEmulator emulator = RoomTokenEmulator.start();

    private final SignalWireHttp http = new SignalWireHttp(emulator);

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void aUserNameOf100EmojiIsAcceptedAnd101Rejected() throws Exception {
        assertAccepted(body("user_name", EMOJI.repeat(100)));
        assertRejected(body("user_name", EMOJI.repeat(101)), "user_name", "user_name must be at most 100 characters");
    }

    @Test
    void aCombiningMarkCountsAsACharacterOfItsOwn() throws Exception {
        assertAccepted(body("user_name", E_ACUTE_DECOMPOSED.repeat(50)));
        assertRejected(body("user_name", E_ACUTE_DECOMPOSED.repeat(50) + "e"), "user_name",
                "user_name must be at most 100 characters");
    }

    @Test
    void aRoomDisplayNameOf200EmojiIsAcceptedAnd201Rejected() throws Exception {
        assertAccepted(body("room_display_name", EMOJI.repeat(200)));
        assertRejected(body("room_display_name", EMOJI.repeat(199) + E_ACUTE_DECOMPOSED), "room_display_name",
                "room_display_name must be at most 200 characters");
    }

    @Test
    void metaOf2000CodePointsAsJsonIsAcceptedAnd2001Rejected() throws Exception {
        // {"k":"..."} is 8 characters around the value
        assertAccepted(JSON.writeValueAsString(Map.of("room_name", "r", "meta", Map.of("k", EMOJI.repeat(1992)))));
        assertRejected(JSON.writeValueAsString(Map.of("room_name", "r", "meta", Map.of("k", EMOJI.repeat(1993)))),
                "meta", "meta must be at most 2000 characters when serialized to JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = { "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31" })
    void theFirstAndLastYearsRfc3339WritesAreAccepted(String value) throws Exception {
        assertAccepted(body("join_until", value));
    }

    @ParameterizedTest
    @ValueSource(strings = { "+3170900-09-30T02:40:10Z", "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z",
            "+2030-01-01T00:00:00Z", "12030-01-01T00:00:00Z", "+10000-01-01" })
    void aYearThatIsNotFourDigitsIsNotRfc3339(String value) throws Exception {
        assertRejected(body("join_until", value), "join_until", "join_until must be an RFC 3339 datetime or a date");
        assertRejected(body("remove_at", value), "remove_at", "remove_at must be an RFC 3339 datetime or a date");
        assertRejected(body("join_from", value), "join_from", "join_from must be an RFC 3339 datetime or a date");
    }

    private static String body(String field, String value) throws Exception {
        return JSON.writeValueAsString(Map.of("room_name", "r", field, value));
    }

    private void assertAccepted(String body) throws Exception {
        HttpResponse<String> response = this.http.signalWire(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private void assertRejected(String body, String attribute, String message) throws Exception {
        HttpResponse<String> response = this.http.signalWire(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.valueStream().map((error) -> error.get("attribute").asString())).containsExactly(attribute);
        assertThat(errors.get(0).get("message").asString()).startsWith(message);
    }
}
