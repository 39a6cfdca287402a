package dev.roomtoken.autoconfigure;

import dev.roomtoken.http.DefaultRequestFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Makes the HTTP client builders of the provider clients: Spring Boot's {@link RestClient.Builder}
 * where there is one (so the application's customizers and observations apply), cloned, with a
 * request factory of the starter's own timeouts. Nothing here changes another client.
 */
final class ProviderRestClients {

    private final ObjectProvider<RestClient.Builder> builders;

    private final ClientHttpRequestFactory requestFactory;

    ProviderRestClients(ObjectProvider<RestClient.Builder> builders,
            ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilders,
            ObjectProvider<HttpClientSettings> httpClientSettings, ConfiguredProviders providers) {
        this.builders = builders;
        HttpClientSettings settings = httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
            .withTimeouts(providers.connectTimeout(), providers.readTimeout());
        this.requestFactory = withExecutor(requestFactoryBuilders.getIfAvailable(ClientHttpRequestFactoryBuilder::detect))
            .build(settings);
    }

    /**
     * Gives the JDK client a pool for writing request bodies; without one, Spring's JDK request
     * factory starts a thread for every request.
     */
    private static ClientHttpRequestFactoryBuilder<?> withExecutor(ClientHttpRequestFactoryBuilder<?> builder) {
        if (builder instanceof JdkClientHttpRequestFactoryBuilder jdk) {
            return jdk.withExecutor(DefaultRequestFactory.executor());
        }
        return builder;
    }

    /** A builder of the provider's own, with the starter's timeouts. */
    RestClient.Builder builder() {
        return this.builders.getIfAvailable(RestClient::builder).clone().requestFactory(this.requestFactory);
    }

    /** The request factory every provider client uses. */
    ClientHttpRequestFactory requestFactory() {
        return this.requestFactory;
    }
}
