package dev.roomtoken.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;

import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.ClassUtils;

/**
 * The body of a {@link BoundedResponse}: it fails as soon as more than the limit has been read,
 * and is aborted when the attempt's time is up, by a watchdog if a read is still waiting then.
 */
final class BoundedBody extends InputStream {

    private static final boolean APACHE_PRESENT = ClassUtils.isPresent(
            "org.apache.hc.core5.http.io.EofSensorInputStream", BoundedBody.class.getClassLoader());

    /** Where a body of unknown length starts: a token answer's usual size. */
    private static final int SMALL_START = 1024;

    private final ClientHttpResponse response;

    private final int maxBytes;

    private final long deadlineNanos;

    private final Duration allowed;

    private final ScheduledFuture<?> watchdog;

    private @Nullable InputStream body;

    private long read;

    private volatile boolean finished;

    private volatile boolean timedOut;

    BoundedBody(ClientHttpResponse response, int maxBytes, long deadlineNanos, Duration allowed) {
        this.response = response;
        this.maxBytes = maxBytes;
        this.deadlineNanos = deadlineNanos;
        this.allowed = allowed;
        this.watchdog = Watchdog.schedule(this::timeUp, deadlineNanos - System.nanoTime());
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return (n < 0) ? -1 : (one[0] & 0xFF);
    }

    /**
     * Reads the whole body into one array: of the declared length when the answer gives one, so
     * that nothing is copied, else growing from a small start. ({@link InputStream}'s own reads in
     * 8 KiB chunks, more than a whole token answer.)
     */
    @Override
    public byte[] readAllBytes() throws IOException {
        long declared = this.response.getHeaders().getContentLength();
        byte[] bytes = new byte[(declared >= 0 && declared <= this.maxBytes) ? (int) declared : SMALL_START];
        int length = 0;
        while (true) {
            if (length == bytes.length) {
                int next = read();
                if (next < 0) {
                    return bytes;
                }
                bytes = Arrays.copyOf(bytes,
                        (int) Math.max(SMALL_START, Math.min(2L * bytes.length, this.maxBytes + 1L)));
                bytes[length++] = (byte) next;
            }
            int n = read(bytes, length, bytes.length - length);
            if (n < 0) {
                return (length == bytes.length) ? bytes : Arrays.copyOf(bytes, length);
            }
            length += n;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (this.finished) {
            return -1;
        }
        int n;
        try {
            n = readSubscribed(buffer, offset, length);
        }
        catch (IOException ex) {
            // an interrupted reader is told so, not that its time ran out
            throw (this.timedOut || (isTimeout(ex) && !Thread.currentThread().isInterrupted())) ? timeout() : ex;
        }
        if (this.timedOut) {
            // the watchdog closed the stream, which some clients then end as if it were whole
            throw timeout();
        }
        if (n < 0) {
            this.finished = true;
            this.watchdog.cancel(false);
            return n;
        }
        this.read += n;
        if (this.read > this.maxBytes) {
            stop();
            throw new AnswerTooLargeException(this.response.getStatusCode().value(), this.maxBytes, -1);
        }
        if (System.nanoTime() - this.deadlineNanos > 0) {
            stop();
            throw timeout();
        }
        return n;
    }

    /**
     * Reads from the client's stream. Spring's stream over Reactor Netty is subscribed to on the
     * event loop, and refuses a read that comes before with an {@link IllegalStateException}; such
     * a read is tried again until the stream is ready or the attempt's time is up.
     */
    private int readSubscribed(byte[] buffer, int offset, int length) throws IOException {
        while (true) {
            try {
                return body().read(buffer, offset, length);
            }
            catch (IllegalStateException ex) {
                if (System.nanoTime() - this.deadlineNanos > 0) {
                    throw timeout();
                }
                try {
                    Thread.sleep(1);
                }
                catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("Interrupted while waiting for the answer");
                }
            }
        }
    }

    private InputStream body() throws IOException {
        InputStream current = this.body;
        if (current == null) {
            current = this.response.getBody();
            this.body = current;
        }
        return current;
    }

    /** Whether the body was read to its end. */
    boolean finished() {
        return this.finished;
    }

    @Override
    public void close() {
        if (!this.finished) {
            stop();
        }
    }

    private void timeUp() {
        this.timedOut = true;
        abort(this.response);
    }

    private void stop() {
        this.watchdog.cancel(false);
        abort(this.response);
    }

    /**
     * Whether a client's own failure says it timed out, in whatever words: Jetty's
     * {@code TimeoutException}, a {@code SocketTimeoutException}, the JDK's
     * {@link HttpTimeoutException}. Such a failure is reported as this attempt's timeout, so that
     * every client's timeout looks the same to callers and metrics. A chain of causes that loops
     * is followed once round.
     */
    static boolean isTimeout(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof InterruptedIOException
                    || cause instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private HttpTimeoutException timeout() {
        return new HttpTimeoutException("no whole answer within " + this.allowed.toMillis() + " ms");
    }

    /**
     * Ends an answer without reading the rest of it: Apache HttpComponents' stream would drain an
     * endless body on close, so its connection is aborted; other clients' streams stop on close.
     * A Reactor Netty body that has not started yet cannot be closed; its client's own response
     * timeout ends it.
     */
    static void abort(ClientHttpResponse response) {
        try {
            InputStream body = response.getBody();
            if (APACHE_PRESENT && body instanceof EofSensorInputStream apache) {
                apache.abort();
            }
            else {
                body.close();
            }
        }
        catch (IOException | RuntimeException ex) {
            // already broken, or not started: nothing more this client lets us end
        }
    }
}
