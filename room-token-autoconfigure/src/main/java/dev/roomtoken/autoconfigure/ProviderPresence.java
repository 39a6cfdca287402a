package dev.roomtoken.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Which providers the properties set anything for. Anything at all counts, so that half a
 * configuration is reported rather than silently ignored.
 */
final class ProviderPresence {

    private ProviderPresence() {
    }

    static boolean signalWire(RoomTokenProperties properties) {
        SignalWireProperties signalWire = properties.getSignalwire();
        return hasText(signalWire.getSpace()) || hasText(signalWire.getBaseUrl())
                || hasText(signalWire.getProjectId()) || hasText(signalWire.getApiToken());
    }

    static boolean telnyx(RoomTokenProperties properties) {
        return hasText(properties.getTelnyx().getApiKey());
    }

    static boolean any(RoomTokenProperties properties) {
        return hasText(properties.getProvider()) || signalWire(properties) || telnyx(properties);
    }

    static boolean hasText(@Nullable String value) {
        return StringUtils.hasText(value);
    }
}
