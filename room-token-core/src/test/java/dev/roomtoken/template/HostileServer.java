package dev.roomtoken.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider gone bad, on loopback, at the socket level where WireMock cannot go: it reads each
 * request and then plays a script that writes whatever it likes, for as long as it likes (headers
 * then a drip, headers then silence, a body that never ends). Each connection has a thread of its
 * own; closing the server closes every connection.
 */
final class HostileServer implements AutoCloseable {

    /** What the server writes after reading a request. */
    @FunctionalInterface
    interface Script {

        void play(OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;

    private final Script script;

    private final AtomicInteger requests = new AtomicInteger();

    private final CopyOnWriteArrayList<Socket> connections = new CopyOnWriteArrayList<>();

    HostileServer(Script script) throws IOException {
        this.script = script;
        this.socket = new ServerSocket();
        this.socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::accept, "hostile-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + this.socket.getLocalPort());
    }

    /** How many requests the server read. */
    int requests() {
        return this.requests.get();
    }

    private void accept() {
        while (!this.socket.isClosed()) {
            try {
                Socket connection = this.socket.accept();
                this.connections.add(connection);
                Thread handler = new Thread(() -> serve(connection), "hostile-connection");
                handler.setDaemon(true);
                handler.start();
            }
            catch (IOException ex) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = connection.getInputStream();
            OutputStream out = connection.getOutputStream();
            while (readRequest(in)) {
                this.requests.incrementAndGet();
                this.script.play(out);
                out.flush();
            }
        }
        catch (IOException | InterruptedException ex) {
            // the client went away or the server closed: the script ends here
        }
    }

    private static boolean readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = (b == ((matched % 2 == 0) ? '\r' : '\n')) ? matched + 1 : ((b == '\r') ? 1 : 0);
        }
        if (matched < 4) {
            return false;
        }
        long length = 0;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Long.parseLong(line.substring("content-length:".length()).trim());
            }
        }
        in.skipNBytes(length);
        return true;
    }

    /** Writes a status line and headers, then the blank line that ends them. */
    static void head(OutputStream out, int status, String... headers) throws IOException {
        write(out, "HTTP/1.1 " + status + " OK\r\n" + String.join("", Arrays.stream(headers)
            .map((header) -> header + "\r\n").toList()) + "\r\n");
    }

    /** Writes text as ISO-8859-1, as HTTP/1.1 heads are. */
    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        this.socket.close();
        for (Socket connection : this.connections) {
            connection.close();
        }
    }
}
