package dev.roomtoken.test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * One request the emulator received, and the status it answered with (0 when a fault cut the
 * answer off).
 *
 * @param provider the {@link EmulatorEndpoint#name() name} of the endpoint whose path it was, or
 * {@code unknown} for a path no endpoint claims
 * @param method the HTTP method
 * @param path the path, with any query
 * @param headers the request headers, looked up without regard to case
 * @param body the request body as text
 * @param status the status answered
 *
 * @since 0.1.0
 */
public record RecordedRequest(String provider, String method, String path, Map<String, List<String>> headers,
        String body, int status) {

    /**
     * Keeps an unmodifiable, case-insensitive copy of the headers.
     * @param provider the endpoint's name, or {@code unknown}
     * @param method the HTTP method
     * @param path the path, with any query
     * @param headers the request headers
     * @param body the request body as text
     * @param status the status answered
     */
    public RecordedRequest {
        Map<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(headers);
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

    /**
     * The JSON body as a map.
     * @return the body's fields, empty if the body was not a JSON object
     */
    public Map<String, Object> json() {
        return EmulatorJson.objectOrEmpty(this.body);
    }
}
