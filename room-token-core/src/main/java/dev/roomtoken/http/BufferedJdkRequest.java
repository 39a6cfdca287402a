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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        CappedBody cappedBody = new CappedBody(this.maxResponseBytes);
        CompletableFuture<HttpResponse<byte[]>> answer = this.httpClient.sendAsync(request.build(), cappedBody);
        try {
            return new BufferedJdkResponse(answer.get(AttemptDeadline.nanos(allowed), TimeUnit.NANOSECONDS));
        }
        catch (TimeoutException ex) {
            cappedBody.abort(answer);
            throw new HttpTimeoutException("no whole answer within " + allowed.toMillis() + " ms");
        }
        catch (ExecutionException ex) {
            throw ioFailure(ex.getCause());
        }
        catch (InterruptedException ex) {
            cappedBody.abort(answer);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for " + this.uri.getHost());
        }
    }

    private static IOException ioFailure(@Nullable Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return (cause instanceof IOException io) ? io : new IOException(String.valueOf(cause), cause);
    }

    private void assertNotExecuted() {
        if (this.executed) {
            throw new IllegalStateException("The request has already been executed");
        }
    }

    /** The body handler of one request: it keeps the subscriber it made, to stop it on a timeout. */
    private static final class CappedBody implements HttpResponse.BodyHandler<byte[]> {

        private final int maxBytes;

        private volatile @Nullable CappedBodySubscriber subscriber;

        CappedBody(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
            CappedBodySubscriber current = new CappedBodySubscriber(info.statusCode(), this.maxBytes,
                    info.headers().firstValueAsLong(HttpHeaders.CONTENT_LENGTH).orElse(-1));
            this.subscriber = current;
            return current;
        }

        void abort(CompletableFuture<?> answer) {
            answer.cancel(true);
            CappedBodySubscriber current = this.subscriber;
            if (current != null) {
                current.abort();
            }
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
