package dev.roomtoken.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriBuilderFactory;
import org.springframework.web.util.UriUtils;

/**
 * The URIs of one provider's API: its base URL with the provider client's own path templates
 * below it. A template without variables is expanded once and kept; a template's variables are
 * put in place one by one, each encoded whole as Spring's default factory would, so that no call
 * parses a URI template. The rest (a {@link UriBuilder}, a map of variables) is left to Spring's
 * {@link DefaultUriBuilderFactory}, which gives the same URIs, more slowly.
 *
 * @since 0.1.0
 */
public final class ProviderUriBuilderFactory implements UriBuilderFactory {

    /** A bound that no provider client's few templates come near; beyond it nothing more is kept. */
    private static final int MAX_KEPT = 64;

    private final DefaultUriBuilderFactory delegate;

    private final String base;

    private final boolean plainBase;

    private final Map<String, URI> expanded = new ConcurrentHashMap<>();

    /**
     * Creates a factory for the given base URL.
     * @param baseUrl the provider's base URL, such as {@code https://api.telnyx.com/v2}
     */
    public ProviderUriBuilderFactory(URI baseUrl) {
        this.delegate = new DefaultUriBuilderFactory(baseUrl.toString());
        URI expandedBaseUri = this.delegate.expand("");
        this.plainBase = expandedBaseUri.getRawQuery() == null && expandedBaseUri.getRawFragment() == null;
        String expandedBase = expandedBaseUri.toString();
        this.base = expandedBase.endsWith("/") ? expandedBase.substring(0, expandedBase.length() - 1)
                : expandedBase;
    }

    @Override
    public URI expand(String uriTemplate, @Nullable Object... uriVariables) {
        if (!this.plainBase || !isPlainPath(uriTemplate)) {
            return this.delegate.expand(uriTemplate, uriVariables);
        }
        if (uriVariables.length == 0 && uriTemplate.indexOf('{') < 0) {
            URI uri = this.expanded.get(uriTemplate);
            if (uri == null) {
                uri = this.delegate.expand(uriTemplate);
                if (this.expanded.size() < MAX_KEPT) {
                    this.expanded.put(uriTemplate, uri);
                }
            }
            return uri;
        }
        String substituted = substitute(uriTemplate, uriVariables);
        return (substituted != null) ? URI.create(substituted) : this.delegate.expand(uriTemplate, uriVariables);
    }

    /**
     * Whether the template is a path whose literal characters need no encoding: letters, digits,
     * {@code / - _ . ~} and variables in braces.
     */
    private static boolean isPlainPath(String uriTemplate) {
        if (!uriTemplate.startsWith("/")) {
            return false;
        }
        for (int i = 0; i < uriTemplate.length(); i++) {
            char c = uriTemplate.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '/' || c == '-' || c == '_' || c == '.' || c == '~' || c == '{' || c == '}';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    private @Nullable String substitute(String uriTemplate, @Nullable Object[] uriVariables) {
        StringBuilder uri = new StringBuilder(this.base.length() + uriTemplate.length() + 48).append(this.base);
        int next = 0;
        int from = 0;
        int open;
        while ((open = uriTemplate.indexOf('{', from)) >= 0) {
            int close = uriTemplate.indexOf('}', open);
            if (close < 0 || next >= uriVariables.length || uriVariables[next] == null) {
                return null;
            }
            uri.append(uriTemplate, from, open)
                .append(UriUtils.encode(String.valueOf(uriVariables[next++]), StandardCharsets.UTF_8));
            from = close + 1;
        }
        if (next != uriVariables.length) {
            return null;
        }
        return uri.append(uriTemplate, from, uriTemplate.length()).toString();
    }

    @Override
    public URI expand(String uriTemplate, Map<String, ?> uriVariables) {
        return this.delegate.expand(uriTemplate, uriVariables);
    }

    @Override
    public UriBuilder uriString(String uriTemplate) {
        return this.delegate.uriString(uriTemplate);
    }

    @Override
    public UriBuilder builder() {
        return this.delegate.builder();
    }
}
