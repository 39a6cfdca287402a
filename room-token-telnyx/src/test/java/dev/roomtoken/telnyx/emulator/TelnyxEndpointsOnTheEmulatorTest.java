package dev.roomtoken.telnyx.emulator;

import java.net.http.HttpResponse;
import java.util.List;

import dev.roomtoken.test.EmulatorFault;
import dev.roomtoken.test.EmulatorHttp;
import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telnyx's endpoints join every emulator this module is on the class path of: the settings that
 * point an application at them, a random or fixed API key, and faults answered in Telnyx's own
 * error shape.
 */
class TelnyxEndpointsOnTheEmulatorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String CREATE = "/v2/rooms/0ccc7b54-4df3-4bca-a65a-3da1ecc777f0/actions/"
            + "generate_join_client_token";

    @Test
    void itsSettingsAreTheEmulatorsAddressWithV2AndTheKeyItAccepts() {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start();
                RoomTokenEmulator other = RoomTokenEmulator.start()) {
            assertThat(emulator.providers()).containsExactly("telnyx");
            assertThat(List.copyOf(emulator.settings().keySet())).containsExactly("roomtoken.telnyx.base-url",
                    "roomtoken.telnyx.api-key");
            assertThat(emulator.setting("roomtoken.telnyx.base-url")).isEqualTo(emulator.baseUrl() + "/v2");
            assertThat(emulator.setting(TelnyxEndpoints.API_KEY)).matches("KEY[0-9a-f]{40}")
                .isNotEqualTo(other.setting(TelnyxEndpoints.API_KEY));
        }
    }

    @Test
    void aFixedKeyIsTheOneAccepted() throws Exception {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.builder().setting("roomtoken.telnyx.api-key", "KEY1").start()) {
            EmulatorHttp http = new EmulatorHttp(emulator);

            assertThat(emulator.setting(TelnyxEndpoints.API_KEY)).isEqualTo("KEY1");
            assertThat(http.post(CREATE, "{}", "Bearer KEY1").statusCode()).isEqualTo(201);
            assertThat(http.post(CREATE, "{}", "Bearer KEY2").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aBareStatusAnswersInTelnyxsErrorShapeOnTelnyxPaths() throws Exception {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            emulator.enqueue(EmulatorFault.status(500));

            HttpResponse<String> response = new EmulatorHttp(emulator).post(CREATE, "{}",
                    "Bearer " + emulator.setting(TelnyxEndpoints.API_KEY));

            assertThat(response.statusCode()).isEqualTo(500);
            JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
            assertThat(error.get("code").asString()).isEqualTo("500");
            assertThat(error.get("title").asString()).isEqualTo("Emulated failure");
            assertThat(emulator.journal().get(0).provider()).isEqualTo("telnyx");
        }
    }

    @Test
    void anotherMethodIs405AndAnotherActionIsNoneOfTelnyxs() throws Exception {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            EmulatorHttp http = new EmulatorHttp(emulator);
            String key = "Bearer " + emulator.setting(TelnyxEndpoints.API_KEY);

            assertThat(http.send("PUT", CREATE, "{}", key).statusCode()).isEqualTo(405);
            assertThat(http.post(CREATE.replace("generate_join_client_token", "end"), "{}", key).statusCode())
                .isEqualTo(404);
            assertThat(emulator.journal()).extracting((request) -> request.provider())
                .containsExactly("telnyx", "unknown");
        }
    }
}
