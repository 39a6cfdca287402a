package dev.roomtoken.sample;

import java.net.http.HttpResponse;
import java.util.List;

import dev.roomtoken.test.RecordedRequest;
import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a machine with no provider account, the sample mints the tokens of every provider that signs
 * locally (the emulator supplies working credentials), picked with {@code ?provider=}, with the
 * same body as for any provider, and answers with that provider's join details; a request the
 * provider cannot take is a bad request naming the field, and nothing is signed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationSigningProvidersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String BODY = "{\"identity\":\"u-42\",\"displayName\":\"Alice\",\"ttlSeconds\":1800}";

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            livekit | standup                              | serverUrl
            twilio  | standup                              |
            zoom    | standup                              | sessionName userName
            agora   | standup                              | appId channel userAccount
            vonage  | 2_MX4xMDBfjE0Mzc2NzY1NDgwMTJ-TjMzfn4 | applicationId sessionId
            """)
    void eachLocalSignerMintsWithTheSameBodyAndGivesItsJoinDetails(String provider, String room, String join)
            throws Exception {
        HttpResponse<String> response = this.client.post("/api/rooms/" + room + "/tokens?provider=" + provider, BODY);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode token = JSON.readTree(response.body());
        assertThat(token.get("provider").asString()).isEqualTo(provider);
        assertThat(token.get("room").asString()).isEqualTo(room);
        assertThat(token.get("token").asString()).isNotBlank();
        assertThat(token.get("expiresAt").asString()).isNotBlank();
        assertThat(token.get("join").propertyNames())
            .containsExactlyElementsOf((join == null) ? List.of() : List.of(join.split(" ")));
        assertThat(this.emulator.journal()).as("signed in-process: nothing is sent").isEmpty();
    }

    @Test
    void dailyMintsThroughItsEndpointOnTheEmulator() throws Exception {
        HttpResponse<String> response = this.client.post("/api/rooms/standup/tokens?provider=daily", BODY);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode token = JSON.readTree(response.body());
        assertThat(token.get("provider").asString()).isEqualTo("daily");
        assertThat(this.emulator.decodeClaims(token.get("token").asString())).containsEntry("room_name", "standup")
            .containsEntry("user_id", "u-42")
            .containsEntry("user_name", "Alice");
        assertThat(token.get("join").get("roomUrl").asString()).isEqualTo("https://room-token-emulator.daily.co/standup");
        assertThat(this.emulator.journal()).extracting(RecordedRequest::provider).containsExactly("daily");
    }

    @Test
    void aRequestTheProviderCannotTakeIsABadRequestNamingTheField() throws Exception {
        HttpResponse<String> response = this.client.post("/api/rooms/standup/tokens?provider=zoom",
                "{\"identity\":\"u-42\",\"ttlSeconds\":60}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo("ttl");
    }
}
