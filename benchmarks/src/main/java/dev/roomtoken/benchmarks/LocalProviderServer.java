package dev.roomtoken.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small, fast HTTP/1.1 server on loopback that answers both providers' token endpoints with
 * fixed bodies, so that the server is never what a benchmark measures. One thread per connection,
 * keep-alive until the client closes, and each answer written in one piece with TCP_NODELAY on.
 * (The JDK's {@code HttpServer}, used before, closed kept-alive connections under 16 threads now
 * and then, which a retry-free baseline cannot ride out.) It reads what the benchmarked clients
 * send: a request line, headers, and a body of {@code Content-Length} bytes.
 */
final class LocalProviderServer implements AutoCloseable {

    static final String ROOM_ID = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

    static final String SIGNALWIRE_PATH = "/api/video/room_tokens";

    static final String TELNYX_CREATE_PATH = "/v2/rooms/" + ROOM_ID + "/actions/generate_join_client_token";

    static final byte[] SIGNALWIRE_ANSWER = ("{\"token\":\"eyJhbGciOiJIUzI1NiJ9.eyJyb29tX25hbWUiOiJzdGFuZHVwIn0."
            + "c2lnbmF0dXJlLW9mLWEtc2lnbmFsd2lyZS10b2tlbg\"}").getBytes(StandardCharsets.UTF_8);

    static final byte[] TELNYX_ANSWER = ("{\"data\":{\"token\":\"eyJhbGciOiJFZDI1NTE5In0.eyJ0eXAiOiJhY2Nlc3MifQ."
            + "c2lnbmF0dXJl\",\"token_expires_at\":\"2026-11-23T10:10:00Z\",\"refresh_token\":"
            + "\"eyJhbGciOiJFZDI1NTE5In0.eyJ0eXAiOiJyZWZyZXNoIn0.c2ln\",\"refresh_token_expires_at\":"
            + "\"2026-11-23T11:00:00Z\"}}").getBytes(StandardCharsets.UTF_8);

    private static final byte[] SIGNALWIRE_RESPONSE = response("200 OK", SIGNALWIRE_ANSWER);

    private static final byte[] TELNYX_RESPONSE = response("201 Created", TELNYX_ANSWER);

    private static final byte[] NOT_FOUND = response("404 Not Found", "{\"error\":\"not found\"}"
        .getBytes(StandardCharsets.UTF_8));

    private final ServerSocket serverSocket;

    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

    LocalProviderServer() throws IOException {
        this.serverSocket = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "provider-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + this.serverSocket.getLocalPort());
    }

    private void accept() {
        while (!this.serverSocket.isClosed()) {
            try {
                Socket connection = this.serverSocket.accept();
                connection.setTcpNoDelay(true);
                this.connections.add(connection);
                Thread serving = new Thread(() -> serve(connection), "provider-server-connection");
                serving.setDaemon(true);
                serving.start();
            }
            catch (IOException ex) {
                // closed
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream input = new BufferedInputStream(connection.getInputStream(), 8192);
            OutputStream output = connection.getOutputStream();
            String requestLine;
            while ((requestLine = readLine(input)) != null) {
                int contentLength = 0;
                String header;
                while ((header = readLine(input)) != null && !header.isEmpty()) {
                    int colon = header.indexOf(':');
                    if (colon > 0 && header.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
                        contentLength = Integer.parseInt(header.substring(colon + 1).trim());
                    }
                }
                input.readNBytes(contentLength);
                output.write(answerTo(requestLine));
                output.flush();
            }
        }
        catch (IOException ex) {
            // the client went away
        }
        finally {
            this.connections.remove(connection);
        }
    }

    private static byte[] answerTo(String requestLine) {
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[0].equals("POST")) {
            return NOT_FOUND;
        }
        if (parts[1].equals(SIGNALWIRE_PATH)) {
            return SIGNALWIRE_RESPONSE;
        }
        return parts[1].startsWith("/v2/rooms/") ? TELNYX_RESPONSE : NOT_FOUND;
    }

    private static String readLine(InputStream input) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = input.read()) != -1) {
            if (b == '\n') {
                int length = line.size();
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, (length > 0 && bytes[length - 1] == '\r') ? length - 1 : length,
                        StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return null;
    }

    private static byte[] response(String status, byte[] body) {
        byte[] head = ("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] whole = new byte[head.length + body.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(body, 0, whole, head.length, body.length);
        return whole;
    }

    @Override
    public void close() {
        try {
            this.serverSocket.close();
        }
        catch (IOException ex) {
            // already closed
        }
        for (Socket connection : this.connections) {
            try {
                connection.close();
            }
            catch (IOException ex) {
                // already closed
            }
        }
    }
}
