package dev.roomtoken.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Puts the {@link ProviderHttpLimits} on any other request factory (Apache HttpComponents,
 * Jetty, Reactor Netty, Spring's JDK factory): an answer whose {@code Content-Length} is over the
 * limit is refused before its body is read, a body is cut as soon as it passes the limit or the
 * attempt's time is up, and an answer not read to its end is aborted instead of drained. The
 * factory's own client keeps its timeouts for connecting and for each read.
 *
 * @since 0.1.0
 */
public final class BoundedRequestFactory implements ClientHttpRequestFactory {

    private final ClientHttpRequestFactory delegate;

    private final Duration readTimeout;

    private final int maxResponseBytes;

    private BoundedRequestFactory(ClientHttpRequestFactory delegate, Duration readTimeout, int maxResponseBytes) {
        this.delegate = delegate;
        this.readTimeout = ProviderHttpLimits.checkedReadTimeout(readTimeout);
        this.maxResponseBytes = ProviderHttpLimits.checkedMaxResponseBytes(maxResponseBytes);
    }

    /**
     * Bounds the given factory's calls; a {@link BufferedJdkRequestFactory} bounds its own and is
     * returned as it is.
     * @param delegate the factory whose requests to bound
     * @param readTimeout how long one attempt may take in all
     * @param maxResponseBytes the largest answer read
     * @return a factory whose calls are bounded
     */
    public static ClientHttpRequestFactory of(ClientHttpRequestFactory delegate, Duration readTimeout,
            int maxResponseBytes) {
        if (delegate instanceof BufferedJdkRequestFactory || delegate instanceof BoundedRequestFactory) {
            return delegate;
        }
        return new BoundedRequestFactory(delegate, readTimeout, maxResponseBytes);
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
        return new BoundedRequest(this.delegate.createRequest(uri, httpMethod));
    }

    private final class BoundedRequest implements ClientHttpRequest {

        private final ClientHttpRequest request;

        BoundedRequest(ClientHttpRequest request) {
            this.request = request;
        }

        @Override
        public ClientHttpResponse execute() throws IOException {
            Duration allowed = AttemptDeadline.allowed(BoundedRequestFactory.this.readTimeout);
            if (allowed.isZero()) {
                throw new HttpTimeoutException("the call's retry budget was spent before this attempt");
            }
            long deadline = System.nanoTime() + AttemptDeadline.nanos(allowed);
            ClientHttpResponse response = this.request.execute();
            long declared = response.getHeaders().getContentLength();
            if (declared > BoundedRequestFactory.this.maxResponseBytes) {
                BoundedBody.abort(response);
                throw new AnswerTooLargeException(response.getStatusCode().value(),
                        BoundedRequestFactory.this.maxResponseBytes, declared);
            }
            return new BoundedResponse(response, new BoundedBody(response, BoundedRequestFactory.this.maxResponseBytes,
                    deadline, allowed));
        }

        @Override
        public OutputStream getBody() throws IOException {
            return this.request.getBody();
        }

        @Override
        public HttpMethod getMethod() {
            return this.request.getMethod();
        }

        @Override
        public URI getURI() {
            return this.request.getURI();
        }

        @Override
        public HttpHeaders getHeaders() {
            return this.request.getHeaders();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return this.request.getAttributes();
        }
    }
}
