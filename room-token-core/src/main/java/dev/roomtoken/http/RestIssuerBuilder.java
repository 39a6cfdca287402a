package dev.roomtoken.http;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * What every REST provider's issuer builder takes besides the provider's own settings: the HTTP
 * client its calls go through and the clock it counts time with. A provider's builder extends it,
 * so each REST provider offers the same settings, documented once.
 *
 * @param <B> the provider's builder
 * @since 0.1.0
 */
public abstract class RestIssuerBuilder<B extends RestIssuerBuilder<B>> {

    private RestClient.@Nullable Builder restClientBuilder;

    private @Nullable ClientHttpRequestFactory requestFactory;

    private Clock clock = Clock.systemUTC();

    /**
     * Creates a builder.
     */
    protected RestIssuerBuilder() {
    }

    /**
     * Sets the builder the HTTP client is made from, for example Spring Boot's, so that its
     * customizers and observations apply. It is cloned, never changed, and its own request factory
     * is not used: see {@link #requestFactory(ClientHttpRequestFactory)}.
     * @param restClientBuilder the builder
     * @return this builder
     */
    public B restClientBuilder(RestClient.Builder restClientBuilder) {
        this.restClientBuilder = restClientBuilder;
        return self();
    }

    /**
     * Sets the HTTP client that calls go through. It must not follow redirects; each call's time and
     * answer size are bounded on top of it ({@link BoundedRequestFactory}). Without one, calls use
     * the JDK's HTTP client with a 5 s connect timeout, 10 s for a whole attempt and answers of at
     * most 64 KiB.
     * @param requestFactory the request factory
     * @return this builder
     */
    public B requestFactory(ClientHttpRequestFactory requestFactory) {
        this.requestFactory = requestFactory;
        return self();
    }

    /**
     * Sets the clock that times are counted from (ttls, expiries, {@code Retry-After} dates).
     * @param clock the clock; the system UTC clock by default
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * The provider's HTTP client, on its base URL (see {@link ProviderRestClientBuilders}).
     * @param baseUrl the provider's base URL
     * @return the client
     */
    protected RestClient restClient(URI baseUrl) {
        return ProviderRestClientBuilders.builder(this.restClientBuilder, this.requestFactory, baseUrl).build();
    }

    /**
     * The clock set, or the system UTC clock.
     * @return the clock
     */
    protected Clock clock() {
        return this.clock;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
