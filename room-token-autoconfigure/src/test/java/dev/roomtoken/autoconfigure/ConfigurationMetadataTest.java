package dev.roomtoken.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    void propertiesWithFixedValuesHaveHints() {
        Map<String, List<String>> hints = new HashMap<>();
        this.metadata.get("hints").valueStream().forEach((hint) -> hints.put(hint.get("name").asString(),
                hint.get("values").valueStream().map((value) -> value.get("value").asString()).toList()));

        assertThat(hints.get("roomtoken.provider")).containsExactly("signalwire", "telnyx");
        assertThat(hints.get("roomtoken.signalwire.defaults.join-as")).containsExactly("member", "audience");
        assertThat(hints.get("roomtoken.signalwire.defaults.media-allowed")).containsExactly("audio-only",
                "video-only", "all");
        assertThat(hints.get("roomtoken.signalwire.defaults.permissions")).hasSize(45)
            .contains("room.self.audio_mute", "room.member.remove", "room.stream.start");
    }
}
