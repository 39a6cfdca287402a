package dev.roomtoken.test;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator's JSON reading and writing.
 */
final class EmulatorJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private EmulatorJson() {
    }

    /** The body as a JSON tree, or {@code null} if it is not JSON. */
    static @Nullable JsonNode tree(String body) {
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

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
