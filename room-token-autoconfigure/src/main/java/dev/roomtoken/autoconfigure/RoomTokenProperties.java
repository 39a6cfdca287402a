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

    /**
     * Provider that the primary RoomTokenTemplate talks to.
     * @return the provider
     */
    public @Nullable String getProvider() {
        return this.provider;
    }

    /**
     * Provider that the primary RoomTokenTemplate talks to.
     * @param provider the provider
     */
    public void setProvider(@Nullable String provider) {
        this.provider = provider;
    }

    /**
     * HTTP client settings of the provider clients, their own and no other client's.
     * @return the http
     */
    public Http getHttp() {
        return this.http;
    }

    /**
     * Retries of transient failures, named as Spring Framework's RetryPolicy names them.
     * @return the retry
     */
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

        /**
         * Time to wait for a connection to the provider.
         * @return the connect timeout
         */
        public Duration getConnectTimeout() {
            return this.connectTimeout;
        }

        /**
         * Time to wait for a connection to the provider.
         * @param connectTimeout the connect timeout
         */
        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        /**
         * Time one attempt may take in all: connecting, the answer's headers and its whole body.
         * @return the read timeout
         */
        public Duration getReadTimeout() {
            return this.readTimeout;
        }

        /**
         * Time one attempt may take in all: connecting, the answer's headers and its whole body.
         * @param readTimeout the read timeout
         */
        public void setReadTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
        }

        /**
         * Largest answer read from a provider.
         * @return the max response size
         */
        public DataSize getMaxResponseSize() {
            return this.maxResponseSize;
        }

        /**
         * Largest answer read from a provider.
         * @param maxResponseSize the max response size
         */
        public void setMaxResponseSize(DataSize maxResponseSize) {
            this.maxResponseSize = maxResponseSize;
        }

        /**
         * Whether credentials may be sent over plain http:// to a host other than loopback.
         * @return the allow insecure
         */
        public boolean isAllowInsecure() {
            return this.allowInsecure;
        }

        /**
         * Whether credentials may be sent over plain http:// to a host other than loopback.
         * @param allowInsecure the allow insecure
         */
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

        /**
         * Whether transient failures (I/O errors, HTTP 408, 429 and 5xx) are retried.
         * @return the enabled
         */
        public boolean isEnabled() {
            return this.enabled;
        }

        /**
         * Whether transient failures (I/O errors, HTTP 408, 429 and 5xx) are retried.
         * @param enabled the enabled
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Retries after the first attempt; attempts are 1 + max-retries.
         * @return the max retries
         */
        public long getMaxRetries() {
            return this.maxRetries;
        }

        /**
         * Retries after the first attempt; attempts are 1 + max-retries.
         * @param maxRetries the max retries
         */
        public void setMaxRetries(long maxRetries) {
            this.maxRetries = maxRetries;
        }

        /**
         * Delay before the first retry.
         * @return the delay
         */
        public Duration getDelay() {
            return this.delay;
        }

        /**
         * Delay before the first retry.
         * @param delay the delay
         */
        public void setDelay(Duration delay) {
            this.delay = delay;
        }

        /**
         * Factor the delay grows by after each retry.
         * @return the multiplier
         */
        public double getMultiplier() {
            return this.multiplier;
        }

        /**
         * Factor the delay grows by after each retry.
         * @param multiplier the multiplier
         */
        public void setMultiplier(double multiplier) {
            this.multiplier = multiplier;
        }

        /**
         * Longest delay between two attempts.
         * @return the max delay
         */
        public Duration getMaxDelay() {
            return this.maxDelay;
        }

        /**
         * Longest delay between two attempts.
         * @param maxDelay the max delay
         */
        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        /**
         * Random variation added to or taken from each delay, at most the delay.
         * @return the jitter
         */
        public @Nullable Duration getJitter() {
            return this.jitter;
        }

        /**
         * Random variation added to or taken from each delay, at most the delay.
         * @param jitter the jitter
         */
        public void setJitter(@Nullable Duration jitter) {
            this.jitter = jitter;
        }

        /**
         * Total time a call may take, its attempts and the waits between them: an attempt gets at most what is left, and a Retry-After longer than what is left ends the retries at once.
         * @return the timeout
         */
        public Duration getTimeout() {
            return this.timeout;
        }

        /**
         * Total time a call may take, its attempts and the waits between them: an attempt gets at most what is left, and a Retry-After longer than what is left ends the retries at once.
         * @param timeout the timeout
         */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }
}
