package dev.roomtoken.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Sends requests to an emulator as a provider client would (HTTP/1.1, JSON, a 10 s timeout).
 * Shared with the provider modules' endpoint tests through this module's test-jar.
 */
public class EmulatorHttp {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final RoomTokenEmulator emulator;

    /**
     * A client of one emulator.
     * @param emulator the emulator
     */
    public EmulatorHttp(RoomTokenEmulator emulator) {
        this.emulator = emulator;
    }

    /**
     * The emulator this client sends to.
     * @return the emulator
     */
    protected RoomTokenEmulator emulator() {
        return this.emulator;
    }

    /**
     * Posts JSON.
     * @param path the path on the emulator, with any query
     * @param json the body
     * @param authorization the {@code Authorization} header, or {@code null} for none
     * @return the answer
     * @throws IOException if the exchange fails
     * @throws InterruptedException if interrupted while waiting
     */
    public HttpResponse<String> post(String path, String json, @Nullable String authorization)
            throws IOException, InterruptedException {
        return send("POST", path, json, authorization);
    }

    /**
     * Sends a request with a JSON content type.
     * @param method the method
     * @param path the path on the emulator, with any query
     * @param body the body
     * @param authorization the {@code Authorization} header, or {@code null} for none
     * @return the answer
     * @throws IOException if the exchange fails
     * @throws InterruptedException if interrupted while waiting
     */
    public HttpResponse<String> send(String method, String path, String body, @Nullable String authorization)
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
