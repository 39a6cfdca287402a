package dev.roomtoken.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.CollectionUtils;
import org.springframework.util.LinkedCaseInsensitiveMap;

/**
 * One request of {@link BufferedJdkRequestFactory}: buffers the body, then sends it and reads the
 * answer whole, on the calling thread. Its headers live in a case-insensitive map of its own, so
 * that handing them to the JDK client walks that map once instead of deduplicating names again.
 */
final class BufferedJdkRequest implements ClientHttpRequest {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final String[] RESTRICTED_HEADERS = { "Connection", "Content-Length", "Expect", "Host",
            "Upgrade" };

    private final HttpClient httpClient;

    private final URI uri;

    private final HttpMethod method;

    private final Duration readTimeout;

    private final int maxResponseBytes;

    private final Map<String, List<String>> headerValues = new LinkedCaseInsensitiveMap<>(8, Locale.ROOT);

    private HttpHeaders headers = new HttpHeaders(CollectionUtils.toMultiValueMap(this.headerValues));

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(256);

    private final Map<String, Object> attributes = new LinkedHashMap<>();

    private boolean executed;

    BufferedJdkRequest(HttpClient httpClient, URI uri, HttpMethod method, Duration readTimeout, int maxResponseBytes) {
        this.httpClient = httpClient;
        this.uri = uri;
        this.method = method;
        this.readTimeout = readTimeout;
        this.maxResponseBytes = maxResponseBytes;
    }

    @Override
    public HttpMethod getMethod() {
        return this.method;
    }

    @Override
    public URI getURI() {
        return this.uri;
    }

    @Override
    public HttpHeaders getHeaders() {
        return this.headers;
    }

    @Override
    public OutputStream getBody() {
        assertNotExecuted();
        return this.body;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return this.attributes;
    }

    /**
     * Sends the request and reads the whole answer within the read timeout, or what is left of the
     * call's budget if that is less ({@link AttemptDeadline}): headers and body together, so that a
     * provider dripping its body cannot hold the calling thread. The body is capped (see
     * {@link CappedBodySubscriber}).
     */
    @Override
    public ClientHttpResponse execute() throws IOException {
        assertNotExecuted();
        this.executed = true;
        this.headers = HttpHeaders.readOnlyHttpHeaders(this.headers);
        Duration allowed = AttemptDeadline.allowed(this.readTimeout);
        if (allowed.isZero()) {
            throw new HttpTimeoutException("the call's retry budget was spent before this attempt");
        }
        byte[] bytes = this.body.toByteArray();
        HttpRequest.Builder request = HttpRequest.newBuilder(this.uri)
            .timeout(allowed)
            .method(this.method.name(), (bytes.length > 0) ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                    : HttpRequest.BodyPublishers.noBody());
        this.headerValues.forEach((name, values) -> {
            if (!isRestricted(name)) {
                values.forEach((value) -> request.header(name, value));
            }
        });
        CappedBody cappedBody = new CappedBody(this.maxResponseBytes, allowed);
        // the request's own timeout ends the wait for headers; the watchdog ends a body that is late
        ScheduledFuture<?> watchdog = Watchdog.schedule(cappedBody::timeUp, AttemptDeadline.nanos(allowed));
        try {
            return new BufferedJdkResponse(this.httpClient.send(request.build(), cappedBody));
        }
        catch (IOException ex) {
            if (cappedBody.timedOut()) {
                throw cappedBody.timeout();
            }
            // the JDK client wraps what a body subscriber fails with in an IOException of its own
            throw (ex.getCause() instanceof AnswerTooLargeException tooLarge) ? tooLarge : ex;
        }
        catch (InterruptedException ex) {
            cappedBody.timeUp();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for " + this.uri.getHost());
        }
        finally {
            watchdog.cancel(false);
        }
    }

    private void assertNotExecuted() {
        if (this.executed) {
            throw new IllegalStateException("The request has already been executed");
        }
    }

    /** The body handler of one request: it keeps the subscriber it made, to stop it on a timeout. */
    private static final class CappedBody implements HttpResponse.BodyHandler<byte[]> {

        private final int maxBytes;

        private final Duration allowed;

        private volatile @Nullable CappedBodySubscriber subscriber;

        private volatile boolean timedOut;

        CappedBody(int maxBytes, Duration allowed) {
            this.maxBytes = maxBytes;
            this.allowed = allowed;
        }

        @Override
        public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
            CappedBodySubscriber current = new CappedBodySubscriber(info.statusCode(), this.maxBytes,
                    info.headers().firstValueAsLong(HttpHeaders.CONTENT_LENGTH).orElse(-1));
            this.subscriber = current;
            if (this.timedOut) {
                current.fail(timeout());
            }
            return current;
        }

        /** The attempt's time is up: a body under way is cut, and fails with {@link #timeout()}. */
        void timeUp() {
            this.timedOut = true;
            CappedBodySubscriber current = this.subscriber;
            if (current != null) {
                current.fail(timeout());
            }
        }

        boolean timedOut() {
            return this.timedOut;
        }

        HttpTimeoutException timeout() {
            return new HttpTimeoutException("no whole answer within " + this.allowed.toMillis() + " ms");
        }
    }

    private static boolean isRestricted(String name) {
        for (String restricted : RESTRICTED_HEADERS) {
            if (restricted.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
