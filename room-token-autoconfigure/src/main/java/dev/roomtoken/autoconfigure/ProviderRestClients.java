package dev.roomtoken.autoconfigure;

import dev.roomtoken.http.BoundedRequestFactory;
import dev.roomtoken.http.BufferedJdkRequestFactory;
import dev.roomtoken.http.JdkRequestFactories;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkHttpClientBuilder;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Makes the HTTP client builders of the provider clients: Spring Boot's {@link RestClient.Builder}
 * where there is one (so the application's customizers and observations apply), cloned, and a
 * request factory of the starter's own: its timeouts, no redirects whatever
 * {@code spring.http.clients.redirects} says, and answers bounded in time and size
 * ({@link BoundedRequestFactory}). Nothing here changes another client.
 *
 * @see RequestFactoryBuilderOrigin
 */
final class ProviderRestClients {

    private final ObjectProvider<RestClient.Builder> builders;

    private final ClientHttpRequestFactory requestFactory;

    ProviderRestClients(ObjectProvider<RestClient.Builder> builders,
            ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilders,
            ObjectProvider<HttpClientSettings> httpClientSettings, boolean defaultRequestFactoryBuilder,
            ProviderHttpSettings http) {
        this.builders = builders;
        HttpClientSettings settings = httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
            .withTimeouts(http.connectTimeout(), http.readTimeout())
            // a provider's redirect would carry the credentials to another origin
            .withRedirects(HttpRedirects.DONT_FOLLOW);
        ClientHttpRequestFactoryBuilder<?> builder = requestFactoryBuilders
            .getIfAvailable(ClientHttpRequestFactoryBuilder::detect);
        this.requestFactory = defaultRequestFactoryBuilder ? requestFactory(builder, settings, http)
                : BoundedRequestFactory.of(builder.build(settings), http.readTimeout(), http.maxResponseBytes());
    }

    /**
     * The request factory of a default builder, except that the JDK's is replaced by a
     * {@link BufferedJdkRequestFactory} on a client built from the same settings (TLS bundle,
     * redirects, connect timeout): Spring's JDK factory hands every request body to another thread,
     * which costs a token call more than the rest of it. A builder the application shaped is never
     * replaced, as its proxy selector or client customizers would be lost.
     */
    private static ClientHttpRequestFactory requestFactory(ClientHttpRequestFactoryBuilder<?> builder,
            HttpClientSettings settings, ProviderHttpSettings http) {
        if (builder instanceof JdkClientHttpRequestFactoryBuilder) {
            return new BufferedJdkRequestFactory(
                    new JdkHttpClientBuilder().withExecutor(JdkRequestFactories.executor())
                        .build(settings.withReadTimeout(null)),
                    http.readTimeout(), http.maxResponseBytes());
        }
        return BoundedRequestFactory.of(builder.build(settings), http.readTimeout(), http.maxResponseBytes());
    }

    /** A builder of the provider's own: the application's, cloned. */
    RestClient.Builder builder() {
        return this.builders.getIfAvailable(RestClient::builder).clone();
    }

    /** The request factory of every provider call. */
    ClientHttpRequestFactory requestFactory() {
        return this.requestFactory;
    }
}
