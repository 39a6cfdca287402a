package dev.roomtoken.livekit;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The server URL a LiveKit client connects to, checked once when the issuer is built.
 */
final class LiveKitServerUrl {

    private LiveKitServerUrl() {
    }

    /**
     * Checks a server URL.
     * @param url the configured value
     * @return the value, as given
     * @throws IllegalArgumentException if it is not a {@code ws://} or {@code wss://} URL with a host
     */
    static String check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        }
        catch (URISyntaxException ex) {
            throw invalid(url, "it is not a URI");
        }
        String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("wss") && !scheme.equals("ws")) {
            throw invalid(url, "its scheme must be wss or ws");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw invalid(url, "it has no host");
        }
        if (uri.getRawUserInfo() != null) {
            // user info may be a password: the value is not repeated
            throw new IllegalArgumentException("The LiveKit server URL (url, roomtoken.livekit.url) must have no "
                    + "user info; clients authenticate with the token");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(url, "it must have no query or fragment");
        }
        return url;
    }

    private static IllegalArgumentException invalid(String url, String why) {
        return new IllegalArgumentException("The LiveKit server URL (url, roomtoken.livekit.url) must be a wss:// or "
                + "ws:// URL such as wss://example.livekit.cloud, but " + why
                + (url.contains("@") ? "" : ": " + url));
    }
}
