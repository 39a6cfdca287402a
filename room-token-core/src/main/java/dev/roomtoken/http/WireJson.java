package dev.roomtoken.http;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper the provider packages read and write the wire format with. It is the
 * library's own, not the application's, so a global Jackson setting (a naming strategy, an
 * inclusion rule) never changes what is sent to a provider. Field names and inclusion are pinned
 * by annotations on each wire type.
 *
 * @since 0.1.0
 */
public final class WireJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private WireJson() {
    }

    /**
     * The shared mapper; thread-safe.
     * @return the mapper
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }
}
