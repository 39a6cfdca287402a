package dev.roomtoken.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * A request factory on the JDK {@link HttpClient} for small JSON exchanges: the body is already in
 * memory, so it is sent with {@code BodyPublishers.ofByteArray} on the calling thread, and the
 * answer is read whole. Spring's {@code JdkClientHttpRequestFactory} streams every body through
 * another thread instead, which for a token call costs more than the rest of the call.
 */
public final class BufferedJdkRequestFactory implements ClientHttpRequestFactory {

    private final HttpClient httpClient;

    private final Duration readTimeout;

    /**
     * Creates a factory.
     * @param httpClient the client, with its connect timeout, TLS and redirect settings
     * @param readTimeout how long to wait for an answer
     */
    public BufferedJdkRequestFactory(HttpClient httpClient, Duration readTimeout) {
        this.httpClient = httpClient;
        this.readTimeout = readTimeout;
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) {
        return new BufferedJdkRequest(this.httpClient, uri, httpMethod, this.readTimeout);
    }
}
