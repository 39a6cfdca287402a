package dev.roomtoken.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider on loopback at the socket level, for the tests of how an answer is read and ended: it
 * reads each request, plays a script (an answer, a body that never ends, headers then silence),
 * and notes when the client ends a connection, so that a test can tell an answer that was aborted
 * from one left open or drained. Closing the server closes every connection.
 */
final class LoopbackServer implements AutoCloseable {

    /** What the server writes after reading a request; {@code in} is the rest of the connection. */
    @FunctionalInterface
    interface Script {

        void play(InputStream in, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;

    private final Script script;

    private final AtomicInteger connections = new AtomicInteger();

    private final AtomicInteger requests = new AtomicInteger();

    private final CountDownLatch clientGone = new CountDownLatch(1);

    private final CopyOnWriteArrayList<Socket> open = new CopyOnWriteArrayList<>();

    private volatile boolean closed;

    LoopbackServer(Script script) throws IOException {
        this.script = script;
        this.socket = new ServerSocket();
        this.socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::accept, "loopback-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + this.socket.getLocalPort() + "/tokens");
    }

    /** How many connections the clients opened. */
    int connections() {
        return this.connections.get();
    }

    /** How many requests the server read. */
    int requests() {
        return this.requests.get();
    }

    /** Whether a client ended a connection (closed or reset it) within the given time. */
    boolean clientEndedAConnectionWithin(Duration time) throws InterruptedException {
        return this.clientGone.await(time.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void accept() {
        while (!this.socket.isClosed()) {
            try {
                Socket connection = this.socket.accept();
                this.connections.incrementAndGet();
                this.open.add(connection);
                Thread handler = new Thread(() -> serve(connection), "loopback-connection");
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
                this.script.play(in, out);
                out.flush();
            }
            // the client closed the connection between requests, or while the script waited
        }
        catch (IOException ex) {
            // the client closed or reset the connection while the script wrote, the script cut it,
            // or the server closed
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!this.closed) {
            this.clientGone.countDown();
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

    /** An answer of the given status whose body has its length declared. */
    static Script answer(int status, byte[] body, String... headers) {
        return (in, out) -> {
            head(out, status, "Content-Length: " + body.length, headers);
            out.write(body);
        };
    }

    /** An answer of the given status whose body is sent in chunks of at most 700 bytes. */
    static Script chunked(int status, byte[] body) {
        return (in, out) -> {
            head(out, status, "Transfer-Encoding: chunked");
            for (int start = 0; start < body.length; start += 700) {
                chunk(out, Arrays.copyOfRange(body, start, Math.min(body.length, start + 700)));
            }
            write(out, "0\r\n\r\n");
        };
    }

    /**
     * A chunked answer that never ends: the given bytes at once, then a byte every 20 ms until the
     * client ends the connection.
     */
    static Script endless(byte[] first) {
        return (in, out) -> {
            head(out, 200, "Transfer-Encoding: chunked");
            if (first.length > 0) {
                chunk(out, first);
            }
            while (true) {
                chunk(out, new byte[] { 'x' });
                Thread.sleep(20);
            }
        };
    }

    /** An answer that declares the given length but stops after its first ten bytes. */
    static Script cut(int declared) {
        return (in, out) -> {
            head(out, 200, "Content-Length: " + declared);
            out.write("{\"token\":".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            throw new EOFException("the server closes the connection mid-body");
        };
    }

    /** Headers and the start of a body, then silence until the client ends the connection. */
    static Script stall(String header) {
        return (in, out) -> {
            head(out, 200, header);
            chunk(out, "{\"tok".getBytes(StandardCharsets.US_ASCII));
            while (in.read() >= 0) {
                // nothing more is sent: the client must give up by itself
            }
        };
    }

    /** Writes a status line and headers, then the blank line that ends them. */
    static void head(OutputStream out, int status, String header, String... more) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " Whatever\r\n" + header + "\r\n");
        for (String line : more) {
            head.append(line).append("\r\n");
        }
        write(out, head.append("\r\n").toString());
    }

    /** Writes one chunk of a chunked body. */
    static void chunk(OutputStream out, byte[] bytes) throws IOException {
        write(out, Integer.toHexString(bytes.length) + "\r\n");
        out.write(bytes);
        write(out, "\r\n");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        this.closed = true;
        this.socket.close();
        for (Socket connection : this.open) {
            connection.close();
        }
    }
}
