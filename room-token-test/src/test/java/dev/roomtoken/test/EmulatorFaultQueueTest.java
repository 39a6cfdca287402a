package dev.roomtoken.test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Queued faults: a bare status answers in the provider's own error shape, faults of every kind
 * answer in the order they were queued, and nonsense is refused when it is queued.
 */
class EmulatorFaultQueueTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String VALID = "{\"room_name\":\"standup\"}";

    private static final String TELNYX_CREATE = "/v2/rooms/0ccc7b54-4df3-4bca-a65a-3da1ecc777f0/actions/"
            + "generate_join_client_token";

    private final RoomTokenEmulator emulator = RoomTokenEmulator.start();

    private final EmulatorHttp http = new EmulatorHttp(this.emulator);

    @AfterEach
    void stop() {
        this.emulator.close();
    }

    @Test
    void aBareStatusAnswersInSignalWiresErrorShape() throws Exception {
        this.emulator.enqueue(EmulatorFault.status(503));

        HttpResponse<String> response = this.http.signalWire(VALID);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("code").asString()).isEqualTo("emulated_failure");
        assertThat(error.get("message").asString()).contains("503");
        assertThat(error.get("url").asString()).isEqualTo("https://developer.signalwire.com/rest/overview/error-codes");
    }

    @Test
    void aBareStatusAnswersInTelnyxsErrorShapeOnTelnyxPaths() throws Exception {
        this.emulator.enqueue(EmulatorFault.status(500));

        HttpResponse<String> response = this.http.post(TELNYX_CREATE, "{}", "Bearer " + this.emulator.telnyxApiKey());

        assertThat(response.statusCode()).isEqualTo(500);
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("code").asString()).isEqualTo("500");
        assertThat(error.get("title").asString()).isEqualTo("Emulated failure");
        assertThat(this.emulator.journal().get(0).provider()).isEqualTo("telnyx");
    }

    @Test
    void faultsAnswerInTheOrderTheyWereQueued() throws Exception {
        this.emulator.enqueue(EmulatorFault.status(500));
        this.emulator.enqueue(EmulatorFault.connectionReset());
        this.emulator.enqueue(EmulatorFault.status(429, Map.of("Retry-After", "1"), "slow down"));

        assertThat(this.http.signalWire(VALID).statusCode()).isEqualTo(500);
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> this.http.signalWire(VALID));
        HttpResponse<String> third = this.http.signalWire(VALID);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.body()).isEqualTo("slow down");
        assertThat(this.http.signalWire(VALID).statusCode()).isEqualTo(200);
        assertThat(this.emulator.journal()).extracting(RecordedRequest::status).containsExactly(500, 0, 429, 200);
    }

    @Test
    void aMalformedChunkFailsTheClient() {
        this.emulator.enqueue(EmulatorFault.malformedChunk());

        assertThatExceptionOfType(IOException.class).isThrownBy(() -> this.http.signalWire(VALID));
        assertThat(this.emulator.journal()).extracting(RecordedRequest::status).containsExactly(0);
    }

    @Test
    void aDelayedAnswerIsStillValidatedAndJournaledWithItsStatus() throws Exception {
        this.emulator.enqueue(EmulatorFault.delay(Duration.ofMillis(200)));

        long started = System.nanoTime();
        HttpResponse<String> response = this.http.signalWire("{\"room_name\":\"bad name\"}");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(this.emulator.journal()).extracting(RecordedRequest::status).containsExactly(422);
    }

    @Test
    void aFaultAlsoAnswersARequestWithWrongCredentials() throws Exception {
        this.emulator.enqueue(EmulatorFault.status(503));

        HttpResponse<String> response = this.http.post("/api/video/room_tokens", VALID, null);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(this.http.post("/api/video/room_tokens", VALID, null).statusCode()).isEqualTo(401);
    }

    @Test
    void nonsenseIsRefusedWhenQueued() {
        assertThatIllegalArgumentException().isThrownBy(() -> EmulatorFault.status(99));
        assertThatIllegalArgumentException().isThrownBy(() -> EmulatorFault.status(600, Map.of(), ""));
        assertThatIllegalArgumentException().isThrownBy(() -> EmulatorFault.delay(Duration.ofMillis(-1)));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.emulator.enqueue(EmulatorFault.connectionReset(), 0));
    }
}
