package dev.roomtoken.daily.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import dev.roomtoken.daily.DailyLanguage;
import dev.roomtoken.daily.DailyRecording;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.convert.ApplicationConversionService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata an IDE completes {@code roomtoken.daily.*} from documents the defaults
 * that apply, and hints exactly the values each enum-like property takes, in Daily's spelling,
 * each of which binds to its value.
 */
class DailyMetadataTest {

    private final List<JsonNode> files = read();

    @Test
    void documentedDefaultsAreTheOnesThatApply() {
        DailyProperties daily = new DailyProperties();

        assertThat(ApplicationConversionService.getSharedInstance()
            .convert(property("roomtoken.daily.token-ttl").get("defaultValue").asString(), Duration.class))
            .isEqualTo(daily.getTokenTtl());
        assertThat(property("roomtoken.daily.base-url").get("defaultValue").asString()).isEqualTo(daily.getBaseUrl());
        assertThat(property("roomtoken.daily.self-signed").get("defaultValue").asBoolean()).isEqualTo(daily.isSelfSigned());
    }

    @Test
    void enumLikePropertiesHintEveryValueInDailysSpelling() {
        assertThat(hint("roomtoken.provider")).containsExactly("daily");
        assertThat(hint("roomtoken.daily.defaults.enable-recording"))
            .containsExactlyElementsOf(Arrays.stream(DailyRecording.values()).map(DailyRecording::wireValue).toList());
        assertThat(hint("roomtoken.daily.defaults.lang"))
            .containsExactlyElementsOf(Arrays.stream(DailyLanguage.values()).map(DailyLanguage::wireValue).toList());
    }

    @Test
    void everyHintedValueBindsToItsValue() {
        for (DailyLanguage lang : DailyLanguage.values()) {
            assertThat(ApplicationConversionService.getSharedInstance().convert(lang.wireValue(), DailyLanguage.class))
                .isEqualTo(lang);
        }
        for (DailyRecording recording : DailyRecording.values()) {
            assertThat(ApplicationConversionService.getSharedInstance()
                .convert(recording.wireValue(), DailyRecording.class)).isEqualTo(recording);
        }
    }

    private JsonNode property(String name) {
        return this.files.stream().flatMap((file) -> file.path("properties").valueStream())
            .filter((property) -> property.get("name").asString().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no metadata for " + name));
    }

    private List<String> hint(String name) {
        return this.files.stream().flatMap((file) -> file.path("hints").valueStream())
            .filter((hint) -> hint.get("name").asString().equals(name))
            .flatMap((hint) -> hint.get("values").valueStream())
            .map((value) -> value.get("value").asString())
            .toList();
    }

    private static List<JsonNode> read() {
        List<JsonNode> files = new ArrayList<>();
        try {
            for (URL url : Collections.list(DailyMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
                try (InputStream json = url.openStream()) {
                    files.add(JsonMapper.builder().build().readTree(json));
                }
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        return files;
    }
}
