package dev.roomtoken.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small, fast HTTP server on loopback that answers both providers' token endpoints with fixed
 * bodies, so that the server is never what a benchmark measures. Run it with
 * {@code -Dsun.net.httpserver.nodelay=true}: without TCP_NODELAY, its separate writes of headers and
 * body meet the client's delayed ACK and every call waits about 40 ms. Its idle-connection limits
 * are raised too, so it never closes a connection a client is about to reuse.
 */
final class LocalProviderServer implements AutoCloseable {

    static final String ROOM_ID = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

    static final String SIGNALWIRE_PATH = "/api/video/room_tokens";

    static final String TELNYX_CREATE_PATH = "/v2/rooms/" + ROOM_ID + "/actions/generate_join_client_token";

    private static final byte[] SIGNALWIRE_ANSWER = ("{\"token\":\"eyJhbGciOiJIUzI1NiJ9.eyJyb29tX25hbWUiOiJzdGFuZHVwIn0."
            + "c2lnbmF0dXJlLW9mLWEtc2lnbmFsd2lyZS10b2tlbg\"}").getBytes(StandardCharsets.UTF_8);

    private static final byte[] TELNYX_ANSWER = ("{\"data\":{\"token\":\"eyJhbGciOiJFZDI1NTE5In0.eyJ0eXAiOiJhY2Nlc3MifQ."
            + "c2lnbmF0dXJl\",\"token_expires_at\":\"2026-11-23T10:10:00Z\",\"refresh_token\":"
            + "\"eyJhbGciOiJFZDI1NTE5In0.eyJ0eXAiOiJyZWZyZXNoIn0.c2ln\",\"refresh_token_expires_at\":"
            + "\"2026-11-23T11:00:00Z\"}}").getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;

    private final ExecutorService executor = Executors.newFixedThreadPool(32);

    LocalProviderServer() throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        this.server.createContext(SIGNALWIRE_PATH, (exchange) -> answer(exchange, 200, SIGNALWIRE_ANSWER));
        this.server.createContext("/v2/rooms/", (exchange) -> answer(exchange, 201, TELNYX_ANSWER));
        this.server.setExecutor(this.executor);
        this.server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        try (InputStream request = exchange.getRequestBody()) {
            request.readAllBytes();
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream response = exchange.getResponseBody()) {
            response.write(body);
        }
    }

    @Override
    public void close() {
        this.server.stop(0);
        this.executor.shutdownNow();
    }
}
