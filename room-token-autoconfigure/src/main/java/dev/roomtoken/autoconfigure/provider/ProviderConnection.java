package dev.roomtoken.autoconfigure.provider;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The HTTP plumbing that every REST provider's issuer is made with: the application's
 * {@code RestClient.Builder} (cloned, so its customizers and observations apply) and the starter's
 * own request factory, with {@code roomtoken.http.*}'s bounds and no redirects.
 *
 * @param restClientBuilder a builder of the provider's own
 * @param requestFactory the request factory of every provider call
 * @since 0.1.0
 */
public record ProviderConnection(RestClient.Builder restClientBuilder, ClientHttpRequestFactory requestFactory) {
}
