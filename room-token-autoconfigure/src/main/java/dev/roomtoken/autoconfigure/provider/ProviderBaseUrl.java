package dev.roomtoken.autoconfigure.provider;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;

/**
 * Checks a configured base URL: absolute {@code https://} (or {@code http://} to loopback, or
 * anywhere with {@code roomtoken.http.allow-insecure=true}), with a host and without user info.
 * A URL shown in a message has its user info masked, as it may hold a password; a malformed one
 * is answered with an example of the provider's own URL.
 */
final class ProviderBaseUrl {

    private ProviderBaseUrl() {
    }

    static URI check(String property, String value, String example, boolean allowInsecure) {
        URI uri;
        try {
            uri = new URI(value.trim());
        }
        catch (URISyntaxException ex) {
            throw malformed(property, value, example);
        }
        String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw malformed(property, value, example);
        }
        if (uri.getRawUserInfo() != null) {
            throw new RoomTokenConfigurationException(property, "carries user info: '" + masked(value) + "'",
                    "Remove the user info from " + property + " and set the provider's credential properties instead.");
        }
        if (scheme.equals("http") && !allowInsecure && !isLoopback(uri.getHost())) {
            throw new RoomTokenConfigurationException(property,
                    "would send credentials over plain http:// to " + uri.getHost(),
                    "Use an https:// URL for " + property
                            + ", or set roomtoken.http.allow-insecure=true if a trusted network protects it.");
        }
        return uri;
    }

    private static RoomTokenConfigurationException malformed(String property, String value, String example) {
        return new RoomTokenConfigurationException(property, "is not an absolute http(s) URL: '" + masked(value) + "'",
                "Set " + property + " to a URL such as " + example + ".");
    }

    private static String masked(String value) {
        return value.replaceFirst("//[^/?#]*@", "//******@");
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        }
        catch (UnknownHostException ex) {
            return false;
        }
    }
}
