package dev.roomtoken.test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The journal records what reached the emulator; queued faults answer the next requests in turn.
 */
class EmulatorJournalAndFaultsTest {

    private static final String VALID = "{\"room\":\"standup\"}";

    private final RoomTokenEmulator emulator = RoomTokenEmulator.start();

    private final FakeVideoHttp http = new FakeVideoHttp(this.emulator);

    @AfterEach
    void stop() {
        this.emulator.close();
    }

    @Test
    void journalRecordsEachRequestWithItsHeadersBodyAndAnswer() throws Exception {
        this.http.mint(VALID);
        this.http.mint("{\"room\":\"bad name\"}");

        assertThat(this.emulator.journal()).hasSize(2);
        RecordedRequest first = this.emulator.journal().get(0);
        assertThat(first.provider()).isEqualTo("fakevideo");
        assertThat(first.method()).isEqualTo("POST");
        assertThat(first.path()).isEqualTo(FakeVideoEndpoint.PATH);
        assertThat(first.header("authorization")).isEqualTo(this.http.bearer());
        assertThat(first.json()).isEqualTo(Map.of("room", "standup"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(this.emulator.journal().get(1).status()).isEqualTo(422);
    }

    @Test
    void resetClearsTheJournalAndQueuedFaults() throws Exception {
        this.http.mint(VALID);
        this.emulator.enqueue(EmulatorFault.status(503));

        this.emulator.reset();

        assertThat(this.emulator.journal()).isEmpty();
        assertThat(this.http.mint(VALID).statusCode()).isEqualTo(200);
    }

    @Test
    void aQueuedStatusAnswersWithItsHeadersThenNormalAnswersResume() throws Exception {
        this.emulator.enqueue(EmulatorFault.status(429, Map.of("Retry-After", "7"), "{\"error\":\"Too Many\"}"), 2);

        HttpResponse<String> first = this.http.mint(VALID);
        HttpResponse<String> second = this.http.mint(VALID);
        HttpResponse<String> third = this.http.mint(VALID);

        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(this.emulator.journal()).extracting(RecordedRequest::status).containsExactly(429, 429, 200);
    }

    @Test
    void aDelayedAnswerArrivesAfterTheDelay() throws Exception {
        this.emulator.enqueue(EmulatorFault.delay(Duration.ofMillis(300)));

        long started = System.nanoTime();
        HttpResponse<String> response = this.http.mint(VALID);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void brokenConnectionsFailTheClient() throws Exception {
        this.emulator.enqueue(EmulatorFault.connectionReset());
        this.emulator.enqueue(EmulatorFault.emptyResponse());
        this.emulator.enqueue(EmulatorFault.randomDataThenClose());

        for (int i = 0; i < 3; i++) {
            assertThatExceptionOfType(IOException.class).isThrownBy(() -> this.http.mint(VALID));
        }
        assertThat(this.emulator.journal()).extracting(RecordedRequest::status).containsExactly(0, 0, 0);
        assertThat(this.http.mint(VALID).statusCode()).isEqualTo(200);
    }
}
