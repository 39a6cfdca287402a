package dev.roomtoken.signalwire.emulator;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import dev.roomtoken.test.EmulatorFault;
import dev.roomtoken.test.RecordedRequest;
import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SignalWire's endpoint joins every emulator this module is on the class path of: the settings that
 * point an application at it, random or fixed credentials, the journal's entries for its path, and
 * faults answered in SignalWire's own error shape.
 */
class SignalWireEndpointOnTheEmulatorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String VALID = "{\"room_name\":\"standup\"}";

    @Test
    void itsSettingsAreTheEmulatorsAddressAndTheCredentialsItAccepts() {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            assertThat(emulator.providers()).containsExactly("signalwire");
            assertThat(emulator.settings()).containsOnlyKeys("roomtoken.signalwire.base-url",
                    "roomtoken.signalwire.project-id", "roomtoken.signalwire.api-token");
            assertThat(List.copyOf(emulator.settings().keySet())).containsExactly("roomtoken.signalwire.base-url",
                    "roomtoken.signalwire.project-id", "roomtoken.signalwire.api-token");
            assertThat(emulator.setting("roomtoken.signalwire.base-url")).isEqualTo(emulator.baseUrl().toString())
                .isEqualTo("http://127.0.0.1:" + emulator.port());
            assertThat(emulator.setting(SignalWireEndpoint.PROJECT_ID))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(emulator.setting(SignalWireEndpoint.API_TOKEN)).matches("PT[0-9a-f]{40}");
        }
    }

    @Test
    void startsWithFreshRandomCredentials() {
        try (RoomTokenEmulator first = RoomTokenEmulator.start(); RoomTokenEmulator second = RoomTokenEmulator.start()) {
            assertThat(first.setting(SignalWireEndpoint.PROJECT_ID))
                .isNotEqualTo(second.setting(SignalWireEndpoint.PROJECT_ID));
            assertThat(first.setting(SignalWireEndpoint.API_TOKEN))
                .isNotEqualTo(second.setting(SignalWireEndpoint.API_TOKEN));
        }
    }

    @Test
    void startsWithTheGivenCredentials() throws Exception {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.builder()
            .setting("roomtoken.signalwire.project-id", "project-1")
            .setting("roomtoken.signalwire.api-token", "token-1")
            .start()) {
            SignalWireHttp http = new SignalWireHttp(emulator);

            assertThat(emulator.setting(SignalWireEndpoint.PROJECT_ID)).isEqualTo("project-1");
            assertThat(emulator.setting(SignalWireEndpoint.API_TOKEN)).isEqualTo("token-1");
            assertThat(http.post("/api/video/room_tokens", "{\"room_name\":\"r\"}", "Basic cHJvamVjdC0xOnRva2VuLTE=")
                .statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theJournalRecordsEachRequestWithItsHeadersBodyAndAnswer() throws Exception {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            SignalWireHttp http = new SignalWireHttp(emulator);
            http.signalWire(VALID);
            http.signalWire("{\"room_name\":\"bad name\"}");

            assertThat(emulator.journal()).hasSize(2);
            RecordedRequest first = emulator.journal().get(0);
            assertThat(first.provider()).isEqualTo("signalwire");
            assertThat(first.method()).isEqualTo("POST");
            assertThat(first.path()).isEqualTo("/api/video/room_tokens");
            assertThat(first.header("authorization")).isEqualTo(http.basic());
            assertThat(first.json()).isEqualTo(Map.of("room_name", "standup"));
            assertThat(first.status()).isEqualTo(200);
            assertThat(emulator.journal().get(1).status()).isEqualTo(422);
        }
    }

    @Test
    void aJournalEntryKeepsTheRequestAsSent() throws Exception {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            new SignalWireHttp(emulator).post("/api/video/room_tokens?x=1", "not json", "Basic abc");

            RecordedRequest request = emulator.journal().get(0);
            assertThat(request.path()).isEqualTo("/api/video/room_tokens?x=1");
            assertThat(request.provider()).isEqualTo("signalwire");
            assertThat(request.body()).isEqualTo("not json");
            assertThat(request.json()).isEmpty();
            assertThat(request.header("AUTHORIZATION")).isEqualTo("Basic abc");
            assertThat(request.status()).isEqualTo(401);
        }
    }

    @Test
    void aBareStatusAnswersInSignalWiresErrorShape() throws Exception {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            emulator.enqueue(EmulatorFault.status(503));

            HttpResponse<String> response = new SignalWireHttp(emulator).signalWire(VALID);

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
            assertThat(error.get("code").asString()).isEqualTo("emulated_failure");
            assertThat(error.get("message").asString()).contains("503");
            assertThat(error.get("url").asString())
                .isEqualTo("https://developer.signalwire.com/rest/overview/error-codes");
        }
    }

    @Test
    void aFaultAlsoAnswersARequestWithWrongCredentials() throws Exception {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            SignalWireHttp http = new SignalWireHttp(emulator);
            emulator.enqueue(EmulatorFault.status(503));

            HttpResponse<String> response = http.post("/api/video/room_tokens", VALID, null);

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(http.post("/api/video/room_tokens", VALID, null).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void anotherMethodOnItsPathIs404() throws Exception {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            SignalWireHttp http = new SignalWireHttp(emulator);

            HttpResponse<String> response = http.send("PUT", "/api/video/room_tokens", VALID, http.basic());

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEqualTo("{\"error\":\"Not Found\"}");
            assertThat(emulator.journal()).singleElement()
                .satisfies((request) -> assertThat(request.provider()).isEqualTo("signalwire"));
        }
    }
}
