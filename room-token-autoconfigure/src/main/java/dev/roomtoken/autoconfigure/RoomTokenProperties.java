package dev.roomtoken.autoconfigure;

import java.time.Duration;

import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.http.ProviderHttpLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The settings every provider shares ({@code roomtoken.provider}, {@code roomtoken.http.*},
 * {@code roomtoken.retry.*}); each provider has its own under {@code roomtoken.<provider>.*}.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("roomtoken")
public class RoomTokenProperties {

    /**
     * Provider that the primary RoomTokenTemplate talks to. May be left out when only one provider
     * is configured.
     */
    private @Nullable String provider;

    /**
     * HTTP client settings of the provider clients, their own and no other client's.
     */
    private final Http http = new Http();

    /**
     * Retries of transient failures, named as Spring Framework's RetryPolicy names them.
     */
    private final Retry retry = new Retry();

    public @Nullable String getProvider() {
        return this.provider;
    }

    public void setProvider(@Nullable String provider) {
        this.provider = provider;
    }

    public Http getHttp() {
        return this.http;
    }

    public Retry getRetry() {
        return this.retry;
    }

    /**
     * HTTP client settings.
     */
    public static class Http {

        /**
         * Time to wait for a connection to the provider.
         */
        private Duration connectTimeout = ProviderHttpLimits.DEFAULT_CONNECT_TIMEOUT;

        /**
         * Time one attempt may take in all: connecting, the answer's headers and its whole body. An
         * attempt late in a call gets only what is left of roomtoken.retry.timeout.
         */
        private Duration readTimeout = ProviderHttpLimits.DEFAULT_READ_TIMEOUT;

        /**
         * Largest answer read from a provider. A larger one is refused as soon as it is seen to be
         * larger (from its Content-Length, or while reading), and is never retried.
         */
        private DataSize maxResponseSize = DataSize.ofBytes(ProviderHttpLimits.DEFAULT_MAX_RESPONSE_BYTES);

        /**
         * Whether credentials may be sent over plain http:// to a host other than loopback.
         */
        private boolean allowInsecure;

        public Duration getConnectTimeout() {
            return this.connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getReadTimeout() {
            return this.readTimeout;
        }

        public void setReadTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
        }

        public DataSize getMaxResponseSize() {
            return this.maxResponseSize;
        }

        public void setMaxResponseSize(DataSize maxResponseSize) {
            this.maxResponseSize = maxResponseSize;
        }

        public boolean isAllowInsecure() {
            return this.allowInsecure;
        }

        public void setAllowInsecure(boolean allowInsecure) {
            this.allowInsecure = allowInsecure;
        }
    }

    /**
     * Retry settings.
     */
    public static class Retry {

        /**
         * Whether transient failures (I/O errors, HTTP 408, 429 and 5xx) are retried. When false,
         * each request is sent once and max-retries, delay, jitter, multiplier and max-delay are
         * not checked.
         */
        private boolean enabled = true;

        /**
         * Retries after the first attempt; attempts are 1 + max-retries.
         */
        private long maxRetries = RoomTokenTemplate.DEFAULT_MAX_RETRIES;

        /**
         * Delay before the first retry.
         */
        private Duration delay = RoomTokenTemplate.DEFAULT_RETRY_DELAY;

        /**
         * Factor the delay grows by after each retry.
         */
        private double multiplier = RoomTokenTemplate.DEFAULT_RETRY_MULTIPLIER;

        /**
         * Longest delay between two attempts.
         */
        private Duration maxDelay = RoomTokenTemplate.DEFAULT_RETRY_MAX_DELAY;

        /**
         * Random variation added to or taken from each delay, at most the delay. Unset, half the
         * delay (100ms with the default delay).
         */
        private @Nullable Duration jitter;

        /**
         * Total time a call may take, its attempts and the waits between them: an attempt gets at
         * most what is left, and a Retry-After longer than what is left ends the retries at once.
         * 0 sets no total: each attempt then takes at most read-timeout, each wait at most
         * max-delay, and a Retry-After longer than max-delay ends the retries.
         */
        private Duration timeout = RoomTokenTemplate.DEFAULT_RETRY_TIMEOUT;

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public long getMaxRetries() {
            return this.maxRetries;
        }

        public void setMaxRetries(long maxRetries) {
            this.maxRetries = maxRetries;
        }

        public Duration getDelay() {
            return this.delay;
        }

        public void setDelay(Duration delay) {
            this.delay = delay;
        }

        public double getMultiplier() {
            return this.multiplier;
        }

        public void setMultiplier(double multiplier) {
            this.multiplier = multiplier;
        }

        public Duration getMaxDelay() {
            return this.maxDelay;
        }

        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        public @Nullable Duration getJitter() {
            return this.jitter;
        }

        public void setJitter(@Nullable Duration jitter) {
            this.jitter = jitter;
        }

        public Duration getTimeout() {
            return this.timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }
}
