package dev.roomtoken.http;

import java.time.Duration;

/**
 * The bounds of every provider call, defined once: how long to connect, how long one attempt may
 * take in all, and how large an answer may be. A token answer is a few kilobytes; anything far
 * larger is a broken or hostile server, and is refused before it costs memory.
 *
 * @since 0.1.0
 */
public final class ProviderHttpLimits {

    /** The connect timeout of a provider call. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** How long one attempt may take in all (connect, headers and body). */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    /** The largest answer read from a provider, in bytes: 64 KiB. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024;

    /** The largest limit that can be set: what one Java array holds. */
    public static final int MAX_RESPONSE_BYTES_LIMIT = Integer.MAX_VALUE - 8;

    private ProviderHttpLimits() {
    }

    static Duration checkedReadTimeout(Duration readTimeout) {
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("The read timeout must be positive, not " + readTimeout);
        }
        return readTimeout;
    }

    static int checkedMaxResponseBytes(int maxResponseBytes) {
        if (maxResponseBytes < 1 || maxResponseBytes > MAX_RESPONSE_BYTES_LIMIT) {
            throw new IllegalArgumentException("The largest response must be from 1 to " + MAX_RESPONSE_BYTES_LIMIT
                    + " bytes, not " + maxResponseBytes);
        }
        return maxResponseBytes;
    }
}
