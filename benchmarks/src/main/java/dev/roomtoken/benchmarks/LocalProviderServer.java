package dev.roomtoken.benchmarks;

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
 * A small, fast HTTP/1.1 server on loopback that answers the REST providers' token endpoints with
 * fixed bodies, so that the server is never what a benchmark measures. One thread per connection,
 * keep-alive until the client closes, and each answer written in one piece with TCP_NODELAY on.
 * It reads what the benchmarked clients
 * send: a request line, headers, and a body of {@code Content-Length} bytes, parsed in a buffer of
 * each connection's own, so that the server allocates nothing per request: JMH's {@code B/op}
 * counts every thread of the JVM, the server's included.
 */
final class LocalProviderServer implements AutoCloseable {

    static final String ROOM_ID = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

    static final String SIGNALWIRE_PATH = "/api/video/room_tokens";

    static final String TELNYX_CREATE_PATH = "/v2/rooms/" + ROOM_ID + "/actions/generate_join_client_token";

    static final String DAILY_PATH = "/v1/meeting-tokens";

    static final byte[] DAILY_ANSWER = ("{\"token\":\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyIjoic3RhbmR1cCJ9."
            + "c2lnbmF0dXJlLW9mLWEtZGFpbHktdG9rZW4\"}").getBytes(StandardCharsets.UTF_8);

    static final byte[] SIGNALWIRE_ANSWER = ("{\"token\":\"eyJhbGciOiJIUzI1NiJ9.eyJyb29tX25hbWUiOiJzdGFuZHVwIn0."
            + "c2lnbmF0dXJlLW9mLWEtc2lnbmFsd2lyZS10b2tlbg\"}").getBytes(StandardCharsets.UTF_8);

    static final byte[] TELNYX_ANSWER = ("{\"data\":{\"token\":\"eyJhbGciOiJFZDI1NTE5In0.eyJ0eXAiOiJhY2Nlc3MifQ."
            + "c2lnbmF0dXJl\",\"token_expires_at\":\"2026-11-23T10:10:00Z\",\"refresh_token\":"
            + "\"eyJhbGciOiJFZDI1NTE5In0.eyJ0eXAiOiJyZWZyZXNoIn0.c2ln\",\"refresh_token_expires_at\":"
            + "\"2026-11-23T11:00:00Z\"}}").getBytes(StandardCharsets.UTF_8);

    private static final byte[] SIGNALWIRE_RESPONSE = response("200 OK", SIGNALWIRE_ANSWER);

    private static final byte[] TELNYX_RESPONSE = response("201 Created", TELNYX_ANSWER);

    private static final byte[] DAILY_RESPONSE = response("200 OK", DAILY_ANSWER);

    private static final byte[] NOT_FOUND = response("404 Not Found", "{\"error\":\"not found\"}"
        .getBytes(StandardCharsets.UTF_8));

    private static final byte[] SIGNALWIRE_REQUEST_LINE = ("POST " + SIGNALWIRE_PATH + " ")
        .getBytes(StandardCharsets.ISO_8859_1);

    private static final byte[] TELNYX_REQUEST_LINE = "POST /v2/rooms/".getBytes(StandardCharsets.ISO_8859_1);

    private static final byte[] DAILY_REQUEST_LINE = ("POST " + DAILY_PATH + " ").getBytes(StandardCharsets.ISO_8859_1);

    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.ISO_8859_1);

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
            InputStream input = connection.getInputStream();
            OutputStream output = connection.getOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int filled = 0;
            while (true) {
                int headEnd;
                while ((headEnd = headEnd(buffer, filled)) < 0) {
                    int read = (filled < buffer.length) ? input.read(buffer, filled, buffer.length - filled) : -1;
                    if (read < 0) {
                        return;
                    }
                    filled += read;
                }
                int requestEnd = headEnd + contentLength(buffer, headEnd);
                while (filled < requestEnd) {
                    int read = (filled < buffer.length) ? input.read(buffer, filled, buffer.length - filled) : -1;
                    if (read < 0) {
                        return;
                    }
                    filled += read;
                }
                output.write(answerTo(buffer));
                output.flush();
                System.arraycopy(buffer, requestEnd, buffer, 0, filled - requestEnd);
                filled -= requestEnd;
            }
        }
        catch (IOException ex) {
            // the client went away
        }
        finally {
            this.connections.remove(connection);
        }
    }

    /** The index just past the blank line that ends the request's head, or -1 until it has arrived. */
    private static int headEnd(byte[] buffer, int filled) {
        for (int i = 3; i < filled; i++) {
            if (buffer[i] == '\n' && buffer[i - 1] == '\r' && buffer[i - 2] == '\n' && buffer[i - 3] == '\r') {
                return i + 1;
            }
        }
        return -1;
    }

    private static int contentLength(byte[] buffer, int headEnd) {
        int line = 0;
        while (line < headEnd) {
            if (startsWith(buffer, line, CONTENT_LENGTH, true)) {
                int length = 0;
                for (int i = line + CONTENT_LENGTH.length; buffer[i] != '\r'; i++) {
                    if (buffer[i] >= '0' && buffer[i] <= '9') {
                        length = length * 10 + (buffer[i] - '0');
                    }
                }
                return length;
            }
            while (buffer[line] != '\n') {
                line++;
            }
            line++;
        }
        return 0;
    }

    private static byte[] answerTo(byte[] request) {
        if (startsWith(request, 0, SIGNALWIRE_REQUEST_LINE, false)) {
            return SIGNALWIRE_RESPONSE;
        }
        if (startsWith(request, 0, DAILY_REQUEST_LINE, false)) {
            return DAILY_RESPONSE;
        }
        return startsWith(request, 0, TELNYX_REQUEST_LINE, false) ? TELNYX_RESPONSE : NOT_FOUND;
    }

    private static boolean startsWith(byte[] buffer, int from, byte[] prefix, boolean ignoreCase) {
        for (int i = 0; i < prefix.length; i++) {
            int b = buffer[from + i];
            if (ignoreCase && b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != prefix[i]) {
                return false;
            }
        }
        return true;
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
