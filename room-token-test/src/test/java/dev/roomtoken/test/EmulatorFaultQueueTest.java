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
 * Queued faults: a bare status answers in the endpoint's own error shape (or the emulator's, on a
 * path no endpoint claims), faults of every kind answer in the order they were queued, and
 * nonsense is refused when it is queued. (Each provider module checks its own error shape.)
 */
class EmulatorFaultQueueTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String VALID = "{\"room\":\"standup\"}";

    private final RoomTokenEmulator emulator = RoomTokenEmulator.start();

    private final FakeVideoHttp http = new FakeVideoHttp(this.emulator);

    @AfterEach
    void stop() {
        this.emulator.close();
    }

    @Test
    void aBareStatusAnswersInTheEndpointsOwnErrorShape() throws Exception {
        this.emulator.enqueue(EmulatorFault.status(503));

        HttpResponse<String> response = this.http.mint(VALID);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode problem = JSON.readTree(response.body()).get("problem");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asString()).isEqualTo("Emulated failure");
        assertThat(this.emulator.journal().get(0).provider()).isEqualTo("fakevideo");
    }

    @Test
    void aBareStatusOnAPathNoEndpointClaimsAnswersInTheEmulatorsOwnShape() throws Exception {
        this.emulator.enqueue(EmulatorFault.status(500));

        HttpResponse<String> response = this.http.post("/elsewhere", "{}", null);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"error\":\"Emulated failure\"}");
        assertThat(this.emulator.journal().get(0).provider()).isEqualTo("unknown");
    }

    @Test
    void faultsAnswerInTheOrderTheyWereQueued() throws Exception {
        this.emulator.enqueue(EmulatorFault.status(500));
        this.emulator.enqueue(EmulatorFault.connectionReset());
        this.emulator.enqueue(EmulatorFault.status(429, Map.of("Retry-After", "1"), "slow down"));

        assertThat(this.http.mint(VALID).statusCode()).isEqualTo(500);
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> this.http.mint(VALID));
        HttpResponse<String> third = this.http.mint(VALID);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.body()).isEqualTo("slow down");
        assertThat(this.http.mint(VALID).statusCode()).isEqualTo(200);
        assertThat(this.emulator.journal()).extracting(RecordedRequest::status).containsExactly(500, 0, 429, 200);
    }

    @Test
    void aMalformedChunkFailsTheClient() {
        this.emulator.enqueue(EmulatorFault.malformedChunk());

        assertThatExceptionOfType(IOException.class).isThrownBy(() -> this.http.mint(VALID));
        assertThat(this.emulator.journal()).extracting(RecordedRequest::status).containsExactly(0);
    }

    @Test
    void aDelayedAnswerIsStillValidatedAndJournaledWithItsStatus() throws Exception {
        this.emulator.enqueue(EmulatorFault.delay(Duration.ofMillis(200)));

        long started = System.nanoTime();
        HttpResponse<String> response = this.http.mint("{\"room\":\"bad name\"}");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(this.emulator.journal()).extracting(RecordedRequest::status).containsExactly(422);
    }

    @Test
    void aFaultAlsoAnswersARequestWithWrongCredentials() throws Exception {
        this.emulator.enqueue(EmulatorFault.status(503));

        HttpResponse<String> response = this.http.post(FakeVideoEndpoint.PATH, VALID, null);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(this.http.post(FakeVideoEndpoint.PATH, VALID, null).statusCode()).isEqualTo(401);
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
