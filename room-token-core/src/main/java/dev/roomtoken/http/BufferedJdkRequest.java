package dev.roomtoken.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    private final Map<String, List<String>> headerValues = new LinkedCaseInsensitiveMap<>(8, Locale.ROOT);

    private HttpHeaders headers = new HttpHeaders(CollectionUtils.toMultiValueMap(this.headerValues));

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(256);

    private final Map<String, Object> attributes = new LinkedHashMap<>();

    private boolean executed;

    BufferedJdkRequest(HttpClient httpClient, URI uri, HttpMethod method, Duration readTimeout) {
        this.httpClient = httpClient;
        this.uri = uri;
        this.method = method;
        this.readTimeout = readTimeout;
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

    @Override
    public ClientHttpResponse execute() throws IOException {
        assertNotExecuted();
        this.executed = true;
        this.headers = HttpHeaders.readOnlyHttpHeaders(this.headers);
        byte[] bytes = this.body.toByteArray();
        HttpRequest.Builder request = HttpRequest.newBuilder(this.uri)
            .timeout(this.readTimeout)
            .method(this.method.name(), (bytes.length > 0) ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                    : HttpRequest.BodyPublishers.noBody());
        this.headerValues.forEach((name, values) -> {
            if (!isRestricted(name)) {
                values.forEach((value) -> request.header(name, value));
            }
        });
        try {
            return new BufferedJdkResponse(
                    this.httpClient.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for " + this.uri.getHost());
        }
    }

    private void assertNotExecuted() {
        if (this.executed) {
            throw new IllegalStateException("The request has already been executed");
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
