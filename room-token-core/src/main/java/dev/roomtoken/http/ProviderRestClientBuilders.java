package dev.roomtoken.http;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Makes a provider's {@link RestClient}: from the application's builder, cloned so it is never
 * changed, or else from a new one. Its requests always go through a bounded request factory: the
 * one given, wrapped by {@link BoundedRequestFactory}, or else the {@link JdkRequestFactories},
 * built once and shared; an application builder's own request factory is never used, since it
 * may follow redirects or read answers without limit. Its URIs come from a
 * {@link ProviderUriBuilderFactory} on the provider's base URL, whatever base URL or URI factory
 * the application's builder has, and a default {@code Authorization} header of the application's
 * builder is dropped: each provider client sets its own per request.
 *
 * @since 0.1.0
 */
public final class ProviderRestClientBuilders {

    private ProviderRestClientBuilders() {
    }

    /**
     * A builder for a provider's client with its base URL set.
     * @param applicationBuilder the application's builder, or {@code null} for a new one
     * @param requestFactory the request factory, or {@code null} for the default; it must not
     * follow redirects
     * @param baseUrl the provider's base URL
     * @return a builder of the provider's own
     */
    public static RestClient.Builder builder(RestClient.@Nullable Builder applicationBuilder,
            @Nullable ClientHttpRequestFactory requestFactory, URI baseUrl) {
        RestClient.Builder builder = (applicationBuilder != null) ? applicationBuilder.clone() : RestClient.builder();
        return builder
            .requestFactory((requestFactory != null) ? BoundedRequestFactory.of(requestFactory,
                    ProviderHttpLimits.DEFAULT_READ_TIMEOUT, ProviderHttpLimits.DEFAULT_MAX_RESPONSE_BYTES)
                    : Shared.FACTORY)
            .uriBuilderFactory(new ProviderUriBuilderFactory(baseUrl))
            // the application's credentials for its own APIs are never sent to a provider
            .defaultHeaders((headers) -> headers.remove(HttpHeaders.AUTHORIZATION));
    }

    private static final class Shared {

        static final ClientHttpRequestFactory FACTORY = JdkRequestFactories.create(
                ProviderHttpLimits.DEFAULT_CONNECT_TIMEOUT, ProviderHttpLimits.DEFAULT_READ_TIMEOUT,
                ProviderHttpLimits.DEFAULT_MAX_RESPONSE_BYTES);
    }
}
