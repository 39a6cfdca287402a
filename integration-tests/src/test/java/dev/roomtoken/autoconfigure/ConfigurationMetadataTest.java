package dev.roomtoken.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.signalwire.SignalWireJoinAs;
import dev.roomtoken.signalwire.SignalWireMediaAllowed;
import dev.roomtoken.signalwire.SignalWirePermission;
import dev.roomtoken.telnyx.autoconfigure.TelnyxProperties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.convert.ConversionService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata an IDE completes {@code roomtoken.*} from: every property described,
 * and a hint wherever a property has a fixed set of values.
 */
class ConfigurationMetadataTest {

    private final List<JsonNode> metadata = read();

    /** Every module's metadata, as an IDE merges them: the shared module's and each provider's. */
    private static List<JsonNode> read() {
        List<JsonNode> files = new ArrayList<>();
        try {
            Enumeration<URL> urls = ConfigurationMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json");
            for (URL url : Collections.list(urls)) {
                try (InputStream json = url.openStream()) {
                    JsonNode file = JsonMapper.builder().build().readTree(json);
                    if (file.path("properties").valueStream().anyMatch((property) -> property.get("name")
                        .asString()
                        .startsWith("roomtoken."))) {
                        files.add(file);
                    }
                }
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        assertThat(files).as("room-token's metadata files, shared and per provider").hasSizeGreaterThan(1);
        return files;
    }

    @Test
    void everyPropertyHasADescription() {
        List<JsonNode> properties = properties().toList();

        assertThat(properties).hasSizeGreaterThan(30).allSatisfy((property) -> {
            assertThat(property.get("name").asString()).startsWith("roomtoken.");
            assertThat(property.path("description").asString()).as(property.get("name").asString()).isNotBlank();
        });
    }

    @Test
    void propertiesWithFixedValuesHaveHintsInWireSpelling() {
        Map<String, List<String>> hints = new HashMap<>();
        hints().forEach((hint) -> hints.computeIfAbsent(hint.get("name").asString(), (name) -> new ArrayList<>())
            .addAll(hint.get("values").valueStream().map((value) -> value.get("value").asString()).toList()));

        assertThat(hints.get("roomtoken.provider")).as("a hint value for each provider on the starter's class path")
            .containsExactlyInAnyOrderElementsOf(RoomTokenProviders.load(getClass().getClassLoader()).names());
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
    void documentedDefaultsAreTheOnesThatApply() {
        RoomTokenProperties shared = new RoomTokenProperties();
        TelnyxProperties telnyx = new TelnyxProperties();
        Map<String, Object> applied = Map.of("roomtoken.http.connect-timeout", shared.getHttp().getConnectTimeout(),
                "roomtoken.http.read-timeout", shared.getHttp().getReadTimeout(), "roomtoken.http.max-response-size",
                shared.getHttp().getMaxResponseSize(), "roomtoken.retry.max-retries", shared.getRetry().getMaxRetries(),
                "roomtoken.retry.delay", shared.getRetry().getDelay(), "roomtoken.retry.multiplier",
                shared.getRetry().getMultiplier(), "roomtoken.retry.max-delay", shared.getRetry().getMaxDelay(),
                "roomtoken.retry.timeout", shared.getRetry().getTimeout(), "roomtoken.telnyx.token-ttl",
                telnyx.getTokenTtl(), "roomtoken.telnyx.refresh-token-ttl", telnyx.getRefreshTokenTtl());
        ConversionService conversion = ApplicationConversionService.getSharedInstance();
        applied.forEach((name, value) -> {
            JsonNode documented = property(name).get("defaultValue");
            assertThat(documented).as(name + " documents its default").isNotNull();
            assertThat(conversion.convert(documented.asString(), value.getClass())).as(name).isEqualTo(value);
        });
        assertThat(property("roomtoken.telnyx.base-url").get("defaultValue").asString())
            .isEqualTo(telnyx.getBaseUrl());
        assertThat(RoomTokenTemplate.defaultRetryPolicy().getBackOff()).hasToString(
                RetryPolicyMapper.policy(shared.getRetry()).getBackOff().toString());
    }

    @Test
    void jitterHasNoFixedDefaultAndSaysWhatUnsetMeans() {
        JsonNode jitter = property("roomtoken.retry.jitter");

        assertThat(jitter.has("defaultValue")).isFalse();
        assertThat(jitter.get("description").asString()).contains("Unset, half the delay");
    }

    private JsonNode property(String name) {
        return properties().filter((property) -> property.get("name").asString().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no metadata for " + name));
    }

    private Stream<JsonNode> properties() {
        return this.metadata.stream().flatMap((file) -> file.path("properties").valueStream());
    }

    private Stream<JsonNode> hints() {
        return this.metadata.stream().flatMap((file) -> file.path("hints").valueStream());
    }

    private static <E> List<String> wireValues(E[] values, Function<E, String> wireValue) {
        return Arrays.stream(values).map(wireValue).toList();
    }
}
