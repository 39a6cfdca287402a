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
 * another thread instead, which for a token call costs more than the rest of the call. Each
 * attempt is bounded in time as a whole and in size (see {@link ProviderHttpLimits}).
 *
 * @since 0.1.0
 */
public final class BufferedJdkRequestFactory implements ClientHttpRequestFactory {

    private final HttpClient httpClient;

    private final Duration readTimeout;

    private final int maxResponseBytes;

    /**
     * Creates a factory.
     * @param httpClient the client, with its connect timeout and TLS settings; it must not follow
     * redirects (the JDK's default), or a provider's redirect would carry the credentials elsewhere
     * @param readTimeout how long one attempt may take in all: connecting, headers and body
     * @param maxResponseBytes the largest answer read; a larger one fails with an
     * {@code IOException} as soon as it is seen to be larger
     */
    public BufferedJdkRequestFactory(HttpClient httpClient, Duration readTimeout, int maxResponseBytes) {
        this.httpClient = httpClient;
        this.readTimeout = ProviderHttpLimits.checkedReadTimeout(readTimeout);
        this.maxResponseBytes = ProviderHttpLimits.checkedMaxResponseBytes(maxResponseBytes);
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) {
        return new BufferedJdkRequest(this.httpClient, uri, httpMethod, this.readTimeout, this.maxResponseBytes);
    }
}
