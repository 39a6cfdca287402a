package dev.roomtoken.autoconfigure;

import java.time.Duration;

import dev.roomtoken.http.ProviderHttpLimits;

import org.springframework.util.unit.DataSize;

/**
 * {@code roomtoken.http.*}, checked: the bounds of every provider call.
 *
 * @param connectTimeout time to wait for a connection
 * @param readTimeout time one attempt may take in all
 * @param maxResponseBytes the largest answer read
 */
record ProviderHttpSettings(Duration connectTimeout, Duration readTimeout, int maxResponseBytes) {

    private static final String PREFIX = "roomtoken.http.";

    static ProviderHttpSettings from(RoomTokenProperties.Http http) {
        positive("connect-timeout", http.getConnectTimeout(), "5s");
        positive("read-timeout", http.getReadTimeout(), "10s");
        DataSize maxResponseSize = http.getMaxResponseSize();
        if (maxResponseSize.toBytes() < 1 || maxResponseSize.toBytes() > ProviderHttpLimits.MAX_RESPONSE_BYTES_LIMIT) {
            throw new RoomTokenConfigurationException(PREFIX + "max-response-size",
                    "is " + maxResponseSize + ", outside 1B to " + ProviderHttpLimits.MAX_RESPONSE_BYTES_LIMIT + "B",
                    "Set " + PREFIX + "max-response-size to a size such as 64KB (a token answer is a few KB).");
        }
        return new ProviderHttpSettings(http.getConnectTimeout(), http.getReadTimeout(),
                (int) maxResponseSize.toBytes());
    }

    private static void positive(String property, Duration value, String example) {
        if (value.isNegative() || value.isZero()) {
            throw new RoomTokenConfigurationException(PREFIX + property,
                    "is not positive (" + DurationText.of(value) + ")",
                    "Set " + PREFIX + property + " to a positive duration, for example " + example + ".");
        }
    }
}
