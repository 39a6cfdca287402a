package dev.roomtoken.test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Starting the emulator on a port and credentials of the test's choosing, stopping it, and a
 * journal that keeps every request when many arrive at once.
 */
class EmulatorLifecycleAndJournalTest {

    @Test
    void startsWithFreshRandomCredentialsOnAFreePort() {
        try (RoomTokenEmulator first = RoomTokenEmulator.start(); RoomTokenEmulator second = RoomTokenEmulator.start()) {
            assertThat(first.port()).isPositive().isNotEqualTo(second.port());
            assertThat(first.signalWireBaseUrl()).hasToString("http://127.0.0.1:" + first.port());
            assertThat(first.signalWireProjectId()).isNotEqualTo(second.signalWireProjectId());
            assertThat(first.signalWireApiToken()).isNotEqualTo(second.signalWireApiToken());
        }
    }

    @Test
    void startsOnTheGivenPortWithTheGivenCredentials() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (RoomTokenEmulator emulator = RoomTokenEmulator.builder()
            .port(port)
            .signalWireCredentials("project-1", "token-1")
            .start()) {
            EmulatorHttp http = new EmulatorHttp(emulator);

            assertThat(emulator.port()).isEqualTo(port);
            assertThat(emulator.signalWireProjectId()).isEqualTo("project-1");
            assertThat(http.post("/api/video/room_tokens", "{\"room_name\":\"r\"}", "Basic cHJvamVjdC0xOnRva2VuLTE=")
                .statusCode()).isEqualTo(200);
        }
    }

    @Test
    void closeStopsTheServer() {
        RoomTokenEmulator emulator = RoomTokenEmulator.start();
        EmulatorHttp http = new EmulatorHttp(emulator);

        emulator.close();

        assertThatExceptionOfType(IOException.class).isThrownBy(() -> http.signalWire("{\"room_name\":\"r\"}"));
    }

    @Test
    void theJournalKeepsEveryConcurrentRequest() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            EmulatorHttp http = new EmulatorHttp(emulator);
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String body = "{\"room_name\":\"room-" + i + "\"}";
                calls.add(() -> http.signalWire(body));
            }

            for (Future<HttpResponse<String>> response : threads.invokeAll(calls)) {
                assertThat(response.get().statusCode()).isEqualTo(200);
            }

            List<RecordedRequest> journal = emulator.journal();
            assertThat(journal).hasSize(200).allSatisfy((request) -> assertThat(request.status()).isEqualTo(200));
            assertThat(journal).extracting((request) -> request.json().get("room_name")).doesNotHaveDuplicates();
        }
        finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aJournalEntryKeepsTheRequestAsSent() throws Exception {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            new EmulatorHttp(emulator).post("/api/video/room_tokens?x=1", "not json", "Basic abc");

            RecordedRequest request = emulator.journal().get(0);
            assertThat(request.path()).isEqualTo("/api/video/room_tokens?x=1");
            assertThat(request.provider()).isEqualTo("signalwire");
            assertThat(request.body()).isEqualTo("not json");
            assertThat(request.json()).isEmpty();
            assertThat(request.header("AUTHORIZATION")).isEqualTo("Basic abc");
            assertThat(request.header("X-Absent")).isNull();
            assertThat(request.status()).isEqualTo(401);
            assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> emulator.journal().clear());
        }
    }
}
