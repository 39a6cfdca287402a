package dev.roomtoken.sample;

import java.net.http.HttpResponse;

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
 * With several providers configured (the emulator configures each one it emulates, SignalWire
 * primary), {@code ?provider=} on a request picks another configured provider; a name that is not
 * configured is a bad request naming {@code provider}, and nothing is sent.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationProviderParameterTest {

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
    void withoutTheParameterThePrimaryProviderMintsTheToken() throws Exception {
        HttpResponse<String> response = this.client.post("/api/rooms/standup/tokens", "{\"displayName\":\"Alice\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).get("provider").asString()).isEqualTo("signalwire");
        assertThat(this.emulator.journal()).extracting(RecordedRequest::provider).containsExactly("signalwire");
    }

    @Test
    void theParameterPicksAnotherConfiguredProviderForCreateAndRefresh() throws Exception {
        HttpResponse<String> created = this.client.post("/api/rooms/" + ROOM + "/tokens?provider=telnyx",
                "{\"identity\":\"u-42\",\"ttlSeconds\":300}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode token = JSON.readTree(created.body());
        assertThat(token.get("provider").asString()).isEqualTo("telnyx");

        HttpResponse<String> refreshed = this.client.post("/api/rooms/" + ROOM + "/tokens/refresh?provider=telnyx",
                "{\"refreshToken\":\"" + token.get("refreshToken").asString() + "\"}");

        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(201);
        assertThat(JSON.readTree(refreshed.body()).get("provider").asString()).isEqualTo("telnyx");
        assertThat(this.emulator.journal()).extracting(RecordedRequest::provider).containsExactly("telnyx", "telnyx");
    }

    @Test
    void aProviderThatIsNotConfiguredIsABadRequestNamingTheParameter() throws Exception {
        HttpResponse<String> response = this.client.post("/api/rooms/standup/tokens?provider=webex", null);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("field").asString()).isEqualTo("provider");
        assertThat(problem.get("detail").asString()).startsWith("provider 'webex' is not configured; configured: ")
            .contains("signalwire", "telnyx");
        assertThat(this.emulator.journal()).isEmpty();
    }
}
