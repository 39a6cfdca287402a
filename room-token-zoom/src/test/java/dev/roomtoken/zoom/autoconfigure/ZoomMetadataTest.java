package dev.roomtoken.zoom.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import dev.roomtoken.zoom.ZoomGeoRegion;
import dev.roomtoken.zoom.ZoomIdentityClaim;
import dev.roomtoken.zoom.ZoomRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.convert.ApplicationConversionService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata an IDE completes {@code roomtoken.zoom.*} from documents the defaults
 * that apply, and hints exactly the values each enum-like property takes.
 */
class ZoomMetadataTest {

    private final List<JsonNode> files = read();

    @Test
    void documentedDefaultsAreTheOnesThatApply() {
        ZoomProperties zoom = new ZoomProperties();

        assertThat(ApplicationConversionService.getSharedInstance()
            .convert(property("roomtoken.zoom.token-ttl").get("defaultValue").asString(), Duration.class))
            .isEqualTo(zoom.getTokenTtl());
        assertThat(ApplicationConversionService.getSharedInstance()
            .convert(property("roomtoken.zoom.identity-claim").get("defaultValue").asString(), ZoomIdentityClaim.class))
            .isEqualTo(zoom.getIdentityClaim());
    }

    @Test
    void enumLikePropertiesHintEveryValue() {
        assertThat(hint("roomtoken.provider")).containsExactly("zoom");
        assertThat(hint("roomtoken.zoom.identity-claim")).containsExactlyElementsOf(kebab(ZoomIdentityClaim.values()));
        assertThat(hint("roomtoken.zoom.defaults.role")).containsExactlyInAnyOrderElementsOf(kebab(ZoomRole.values()));
        assertThat(hint("roomtoken.zoom.defaults.geo-regions"))
            .containsExactlyElementsOf(Arrays.stream(ZoomGeoRegion.values()).map(Enum::name).toList());
    }

    private static List<String> kebab(Enum<?>[] values) {
        return Arrays.stream(values).map((value) -> value.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
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
            for (URL url : Collections.list(ZoomMetadataTest.class.getClassLoader()
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
