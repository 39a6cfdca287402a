package dev.roomtoken.signalwire.autoconfigure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import org.jspecify.annotations.Nullable;

/**
 * Turns a bound metadata map ({@code roomtoken.signalwire.defaults.meta}, {@code room-meta}) into
 * the JSON object it stands for. Binding to {@code Map<String, Object>} keeps YAML's numbers and
 * booleans and nests maps, but gives a list as a map keyed {@code 0}, {@code 1}, ...; such a map
 * becomes a list again, as Spring Boot itself binds {@code tags.0} and {@code tags[0]} alike.
 */
final class MetadataDefaults {

    private MetadataDefaults() {
    }

    static @Nullable Map<String, Object> jsonObject(String property, @Nullable Map<String, Object> bound) {
        if (bound == null) {
            return null;
        }
        if (isList(bound)) {
            throw new RoomTokenConfigurationException(property, "is a list, but SignalWire takes a JSON object",
                    "Set " + property + " to keys and values, for example " + property + ".team=blue.");
        }
        return object(bound);
    }

    private static Map<String, Object> object(Map<?, ?> map) {
        Map<String, Object> object = new LinkedHashMap<>();
        map.forEach((key, value) -> object.put(String.valueOf(key), json(value)));
        return Collections.unmodifiableMap(object);
    }

    private static Object json(Object value) {
        if (value instanceof Map<?, ?> map) {
            return isList(map) ? list(map) : object(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach((element) -> copy.add(json(element)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    private static List<Object> list(Map<?, ?> indexed) {
        List<Object> list = new ArrayList<>(indexed.size());
        for (int i = 0; i < indexed.size(); i++) {
            list.add(json(Objects.requireNonNull(indexed.get(String.valueOf(i)), "bound values are never null")));
        }
        return Collections.unmodifiableList(list);
    }

    /** Whether the keys are exactly 0 to size - 1, in any order. */
    private static boolean isList(Map<?, ?> map) {
        if (map.isEmpty()) {
            return false;
        }
        for (int i = 0; i < map.size(); i++) {
            if (!map.containsKey(String.valueOf(i))) {
                return false;
            }
        }
        return true;
    }
}
