package dev.roomtoken.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Sends requests to an emulator as a provider client would.
 */
final class EmulatorHttp {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final RoomTokenEmulator emulator;

    EmulatorHttp(RoomTokenEmulator emulator) {
        this.emulator = emulator;
    }

    String basic() {
        return "Basic " + Base64.getEncoder()
            .encodeToString((this.emulator.signalWireProjectId() + ":" + this.emulator.signalWireApiToken())
                .getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> signalWire(String json) throws IOException, InterruptedException {
        return post("/api/video/room_tokens", json, basic());
    }

    HttpResponse<String> post(String path, String json, @Nullable String authorization)
            throws IOException, InterruptedException {
        return send("POST", path, json, authorization);
    }

    HttpResponse<String> send(String method, String path, String body, @Nullable String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.emulator.baseUrl() + path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
