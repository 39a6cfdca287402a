package dev.roomtoken.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.roomtoken.signalwire.SignalWireJoinAs;
import dev.roomtoken.signalwire.SignalWireMediaAllowed;
import dev.roomtoken.signalwire.SignalWirePermission;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata an IDE completes {@code roomtoken.*} from: every property described,
 * and a hint wherever a property has a fixed set of values.
 */
class ConfigurationMetadataTest {

    private final JsonNode metadata = read();

    private static JsonNode read() {
        try (InputStream json = ConfigurationMetadataTest.class
            .getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            return JsonMapper.builder().build().readTree(json);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Test
    void everyPropertyHasADescription() {
        List<JsonNode> properties = this.metadata.get("properties").valueStream().toList();

        assertThat(properties).hasSizeGreaterThan(30).allSatisfy((property) -> {
            assertThat(property.get("name").asString()).startsWith("roomtoken.");
            assertThat(property.path("description").asString()).as(property.get("name").asString()).isNotBlank();
        });
    }

    @Test
    void propertiesWithFixedValuesHaveHintsInWireSpelling() {
        Map<String, List<String>> hints = new HashMap<>();
        hints().forEach((hint) -> hints.put(hint.get("name").asString(),
                hint.get("values").valueStream().map((value) -> value.get("value").asString()).toList()));

        assertThat(hints.get("roomtoken.provider")).containsExactly("signalwire", "telnyx");
        assertThat(hints.get("roomtoken.signalwire.defaults.join-as"))
            .containsExactlyElementsOf(wireValues(SignalWireJoinAs.values(), SignalWireJoinAs::wireValue));
        assertThat(hints.get("roomtoken.signalwire.defaults.media-allowed"))
            .containsExactlyElementsOf(wireValues(SignalWireMediaAllowed.values(), SignalWireMediaAllowed::wireValue));
        assertThat(hints.get("roomtoken.signalwire.defaults.permissions"))
            .containsExactlyInAnyOrderElementsOf(wireValues(SignalWirePermission.values(), SignalWirePermission::wireValue));
    }

    @Test
    void everyHintedValueHasADescription() {
        assertThat(hints().toList()).isNotEmpty().allSatisfy((hint) -> assertThat(hint.get("values").valueStream())
            .allSatisfy((value) -> assertThat(value.path("description").asString())
                .as(hint.get("name").asString() + "=" + value.get("value").asString())
                .isNotBlank()));
    }

    @Test
    void metadataDefaultsTakeAnyJsonValue() {
        assertThat(property("roomtoken.signalwire.defaults.meta").get("type").asString())
            .isEqualTo("java.util.Map<java.lang.String,java.lang.Object>");
        assertThat(property("roomtoken.signalwire.defaults.room-meta").get("type").asString())
            .isEqualTo("java.util.Map<java.lang.String,java.lang.Object>");
    }

    @Test
    void jitterHasNoFixedDefaultAndSaysWhatUnsetMeans() {
        JsonNode jitter = property("roomtoken.retry.jitter");

        assertThat(jitter.has("defaultValue")).isFalse();
        assertThat(jitter.get("description").asString()).contains("Unset, half the delay");
    }

    private JsonNode property(String name) {
        return this.metadata.get("properties")
            .valueStream()
            .filter((property) -> property.get("name").asString().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no metadata for " + name));
    }

    private Stream<JsonNode> hints() {
        return this.metadata.get("hints").valueStream();
    }

    private static <E> List<String> wireValues(E[] values, Function<E, String> wireValue) {
        return Arrays.stream(values).map(wireValue).toList();
    }
}
