package dev.roomtoken.test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A request as an {@link EmulatorEndpoint} sees it. Support for endpoint implementations.
 *
 * @param method the HTTP method, for example {@code POST}
 * @param path the path, without its query
 * @param headers the request headers, looked up without regard to case
 * @param body the request body as text, empty when there is none
 *
 * @since 0.1.0
 */
public record EmulatorRequest(String method, String path, Map<String, List<String>> headers, String body) {

    /**
     * Keeps an unmodifiable, case-insensitive copy of the headers.
     * @param method the HTTP method
     * @param path the path, without its query
     * @param headers the request headers
     * @param body the request body as text
     */
    public EmulatorRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
        Map<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> caseInsensitive.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(caseInsensitive);
    }

    /**
     * The first value of a header.
     * @param name the header's name, in any case
     * @return the value, or {@code null} if the request had no such header
     */
    public @Nullable String header(String name) {
        List<String> values = this.headers.get(name);
        return (values == null || values.isEmpty()) ? null : values.get(0);
    }
}
