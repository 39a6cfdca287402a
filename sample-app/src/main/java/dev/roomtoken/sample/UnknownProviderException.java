package dev.roomtoken.sample;

import java.util.List;

/**
 * A request named a provider that is not configured.
 */
class UnknownProviderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnknownProviderException(String provider, List<String> configured) {
        super("provider '" + provider + "' is not configured; configured: " + String.join(", ", configured));
    }
}
