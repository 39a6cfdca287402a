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
 * A Vonage room on a machine with no account: {@code POST /api/vonage/sessions} creates a session
 * on the emulator's Video API, and its id is the room that tokens are then minted for.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationVonageSessionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    void aSessionIsCreatedThenTokensAreMintedForIt() throws Exception {
        HttpResponse<String> created = this.client.post("/api/vonage/sessions", "");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String sessionId = JSON.readTree(created.body()).get("sessionId").asString();
        assertThat(this.emulator.journal()).extracting(RecordedRequest::provider, RecordedRequest::body)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("vonage", "p2p.preference=disabled"));

        HttpResponse<String> token = this.client.post("/api/rooms/" + sessionId + "/tokens?provider=vonage",
                "{\"ttlSeconds\":900}");

        assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
        JsonNode join = JSON.readTree(token.body()).get("join");
        assertThat(join.get("sessionId").asString()).isEqualTo(sessionId);
    }

    @Test
    void aRelayedSessionCanBeAskedFor() throws Exception {
        HttpResponse<String> created = this.client.post("/api/vonage/sessions?mediaMode=RELAYED", "");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(this.emulator.journal()).extracting(RecordedRequest::body)
            .containsExactly("p2p.preference=enabled");
    }
}
