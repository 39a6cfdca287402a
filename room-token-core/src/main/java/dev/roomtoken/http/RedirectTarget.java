package dev.roomtoken.http;

import java.net.URI;

import org.springframework.http.HttpHeaders;

/**
 * Names where a redirect pointed, by host only: a {@code Location}'s path and query may carry
 * what was sent, and its text is the provider's, not ours.
 */
final class RedirectTarget {

    private RedirectTarget() {
    }

    /**
     * Describes the target of a redirect.
     * @param headers the redirect's headers
     * @return for example {@code " to host other.example"}, or an empty string when the
     * {@code Location} is missing, relative or not a URI
     */
    static String describe(HttpHeaders headers) {
        String location = headers.getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return "";
        }
        try {
            String host = URI.create(location.trim()).getHost();
            return (host != null) ? " to host " + host : "";
        }
        catch (IllegalArgumentException ex) {
            return "";
        }
    }
}
