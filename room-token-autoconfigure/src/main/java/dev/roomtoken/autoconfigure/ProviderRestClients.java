package dev.roomtoken.autoconfigure;

import java.util.Objects;

import dev.roomtoken.http.BufferedJdkRequestFactory;
import dev.roomtoken.http.DefaultRequestFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkHttpClientBuilder;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Makes the HTTP client builders of the provider clients: Spring Boot's {@link RestClient.Builder}
 * where there is one (so the application's customizers and observations apply), cloned, with a
 * request factory of the starter's own timeouts. Nothing here changes another client.
 *
 * @see RequestFactoryBuilderOrigin
 */
final class ProviderRestClients {

    private final ObjectProvider<RestClient.Builder> builders;

    private final ClientHttpRequestFactory requestFactory;

    ProviderRestClients(ObjectProvider<RestClient.Builder> builders,
            ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilders,
            ObjectProvider<HttpClientSettings> httpClientSettings, boolean defaultRequestFactoryBuilder,
            ConfiguredProviders providers) {
        this.builders = builders;
        HttpClientSettings settings = httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
            .withTimeouts(providers.connectTimeout(), providers.readTimeout());
        ClientHttpRequestFactoryBuilder<?> builder = requestFactoryBuilders
            .getIfAvailable(ClientHttpRequestFactoryBuilder::detect);
        this.requestFactory = defaultRequestFactoryBuilder ? requestFactory(builder, settings) : builder.build(settings);
    }

    /**
     * The request factory of a default builder, except that the JDK's is replaced by a
     * {@link BufferedJdkRequestFactory} on a client built from the same settings (TLS bundle,
     * redirects, connect timeout): Spring's JDK factory hands every request body to another thread,
     * which costs a token call more than the rest of it. A builder the application shaped is never
     * replaced, as its proxy selector or client customizers would be lost.
     */
    private static ClientHttpRequestFactory requestFactory(ClientHttpRequestFactoryBuilder<?> builder,
            HttpClientSettings settings) {
        if (builder instanceof JdkClientHttpRequestFactoryBuilder) {
            return new BufferedJdkRequestFactory(
                    new JdkHttpClientBuilder().withExecutor(DefaultRequestFactory.executor())
                        .build(settings.withReadTimeout(null)),
                    Objects.requireNonNull(settings.readTimeout()));
        }
        return builder.build(settings);
    }

    /** A builder of the provider's own, with the starter's timeouts. */
    RestClient.Builder builder() {
        return this.builders.getIfAvailable(RestClient::builder).clone().requestFactory(this.requestFactory);
    }
}
