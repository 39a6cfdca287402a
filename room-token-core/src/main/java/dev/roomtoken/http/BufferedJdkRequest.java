package dev.roomtoken.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.AbstractBufferingClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;

/**
 * One request of {@link BufferedJdkRequestFactory}: sends the buffered body and reads the answer
 * whole, on the calling thread.
 */
final class BufferedJdkRequest extends AbstractBufferingClientHttpRequest {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final String[] RESTRICTED_HEADERS = { "Connection", "Content-Length", "Expect", "Host",
            "Upgrade" };

    private final HttpClient httpClient;

    private final URI uri;

    private final HttpMethod method;

    private final Duration readTimeout;

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
    protected ClientHttpResponse executeInternal(HttpHeaders headers, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(this.uri)
            .timeout(this.readTimeout)
            .method(this.method.name(), (body.length > 0) ? HttpRequest.BodyPublishers.ofByteArray(body)
                    : HttpRequest.BodyPublishers.noBody());
        headers.forEach((name, values) -> {
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

    private static boolean isRestricted(String name) {
        for (String restricted : RESTRICTED_HEADERS) {
            if (restricted.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
