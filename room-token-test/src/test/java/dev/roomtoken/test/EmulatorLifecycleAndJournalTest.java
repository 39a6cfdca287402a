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
            assertThat(first.setting("roomtoken.fakevideo.base-url"))
                .isEqualTo("http://127.0.0.1:" + first.port() + "/fakevideo/v1");
            assertThat(first.setting(FakeVideoEndpoint.API_KEY)).isNotEqualTo(second.setting(FakeVideoEndpoint.API_KEY));
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
            .setting("roomtoken.fakevideo.api-key", "key-1")
            .start()) {
            EmulatorHttp http = new EmulatorHttp(emulator);

            assertThat(emulator.port()).isEqualTo(port);
            assertThat(emulator.setting(FakeVideoEndpoint.API_KEY)).isEqualTo("key-1");
            assertThat(http.post(FakeVideoEndpoint.PATH, "{\"room\":\"r\"}", "Bearer key-1").statusCode())
                .isEqualTo(200);
        }
    }

    @Test
    void closeStopsTheServer() {
        RoomTokenEmulator emulator = RoomTokenEmulator.start();
        FakeVideoHttp http = new FakeVideoHttp(emulator);

        emulator.close();

        assertThatExceptionOfType(IOException.class).isThrownBy(() -> http.mint("{\"room\":\"r\"}"));
    }

    @Test
    void theJournalKeepsEveryConcurrentRequest() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            FakeVideoHttp http = new FakeVideoHttp(emulator);
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String body = "{\"room\":\"room-" + i + "\"}";
                calls.add(() -> http.mint(body));
            }

            for (Future<HttpResponse<String>> response : threads.invokeAll(calls)) {
                assertThat(response.get().statusCode()).isEqualTo(200);
            }

            List<RecordedRequest> journal = emulator.journal();
            assertThat(journal).hasSize(200).allSatisfy((request) -> assertThat(request.status()).isEqualTo(200));
            assertThat(journal).extracting((request) -> request.json().get("room")).doesNotHaveDuplicates();
        }
        finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aJournalEntryKeepsTheRequestAsSent() throws Exception {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            new EmulatorHttp(emulator).post(FakeVideoEndpoint.PATH + "?x=1", "not json", "Basic abc");

            RecordedRequest request = emulator.journal().get(0);
            assertThat(request.path()).isEqualTo(FakeVideoEndpoint.PATH + "?x=1");
            assertThat(request.provider()).isEqualTo("fakevideo");
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
