package dev.roomtoken.test;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator's JSON reading and writing, with one plain {@link JsonMapper}. Support for endpoint
 * implementations, so that each endpoint reads requests and writes answers as the others do.
 *
 * @since 0.1.0
 */
public final class EmulatorJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private EmulatorJson() {
    }

    /**
     * Reads a request body as a JSON tree.
     * @param body the body
     * @return the tree, or {@code null} if the body is blank or not JSON
     */
    public static @Nullable JsonNode tree(String body) {
        if (body.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(body);
        }
        catch (JacksonException ex) {
            return null;
        }
    }

    static Map<String, Object> objectOrEmpty(String body) {
        JsonNode tree = tree(body);
        return (tree != null && tree.isObject()) ? MAPPER.convertValue(tree, MAP) : Map.of();
    }

    /**
     * Writes a value as compact JSON.
     * @param value maps, lists, strings, numbers, booleans or JSON trees
     * @return the JSON text
     */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
