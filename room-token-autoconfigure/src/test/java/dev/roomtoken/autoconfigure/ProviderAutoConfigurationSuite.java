package dev.roomtoken.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.autoconfigure.provider.RoomTokenProvider;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every provider module's auto-configuration keeps, run by each module against
 * itself: it backs off without settings; complete settings give a template bean named after the
 * provider, primary when alone; each required or malformed setting stops start-up with a failure
 * analysis naming the property and never a secret; secrets are masked in actuator output; every
 * property is described in the configuration metadata. A provider module subclasses it with its
 * settings.
 */
public abstract class ProviderAutoConfigurationSuite {

    /**
     * The provider's name, as in {@code roomtoken.provider}.
     * @return for example {@code livekit}
     */
    protected abstract String provider();

    /**
     * The provider's auto-configuration class.
     * @return the class
     */
    protected abstract Class<?> autoConfiguration();

    /**
     * Settings that configure the provider completely, by full property name.
     * @return the settings
     */
    protected abstract Map<String, String> completeSettings();

    /**
     * The properties that hold secrets, by full name; their values in
     * {@link #completeSettings()} must never appear in a message.
     * @return the secret properties
     */
    protected abstract Set<String> secretProperties();

    /**
     * The properties without which the provider cannot work, by full name.
     * @return the required properties
     */
    protected abstract Set<String> requiredProperties();

    /**
     * Values that cannot work, by full property name, each tried on its own over
     * {@link #completeSettings()}.
     * @return the malformed values
     */
    protected abstract Map<String, String> malformedSettings();

    /**
     * Whether the provider signs tokens in-process, so that the suite can mint one through the
     * auto-configured template without a server.
     * @return {@code true} for a signing provider
     */
    protected abstract boolean signsLocally();

    /**
     * A request the provider accepts, minted when it {@link #signsLocally() signs locally}.
     * @return the request
     */
    protected RoomTokenRequest acceptedRequest() {
        return RoomTokenRequest.forRoom("room-1").identity("user-42").displayName("Zoë").build();
    }

    private ApplicationContextRunner contextRunner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RoomTokenAutoConfiguration.class, autoConfiguration()));
    }

    private String[] settings(Map<String, String> settings) {
        return settings.entrySet().stream().map((entry) -> entry.getKey() + "=" + entry.getValue())
            .toArray(String[]::new);
    }

    @Test
    void backsOffWithoutSettings() {
        contextRunner().run((context) -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(RoomTokenTemplate.class);
            assertThat(context.getBeansWithAnnotation(ConfigurationProperties.class)).isEmpty();
        });
    }

    @Test
    void completeSettingsGiveAPrimaryTemplateNamedAfterTheProvider() {
        RoomTokenProvider<?> provider = RoomTokenProviders.load(getClass().getClassLoader()).named(provider());
        assertThat(provider).as("a RoomTokenProvider registered for " + provider()).isNotNull();
        contextRunner().withPropertyValues(settings(completeSettings())).run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasBean(provider.templateBeanName());
            assertThat(context.getBean(RoomTokenTemplate.class).provider()).isEqualTo(provider());
            assertThat(context.getBean(provider.templateBeanName(), RoomTokenTemplate.class))
                .isSameAs(context.getBean(RoomTokenTemplate.class));
            if (signsLocally()) {
                RoomToken token = context.getBean(RoomTokenTemplate.class).createToken(acceptedRequest());
                assertThat(token.provider()).isEqualTo(provider());
                assertThat(token.room()).isEqualTo(acceptedRequest().room());
                assertThat(token.token()).isNotBlank();
            }
        });
    }

    @Test
    void namingTheProviderWithoutItsSettingsStopsStartUp() {
        contextRunner().withPropertyValues("roomtoken.provider=" + provider())
            .run((context) -> assertThat(failure(context.getStartupFailure()).property())
                .isIn(requiredProperties()));
    }

    @Test
    void eachRequiredSettingLeftOutStopsStartUpNamingIt() {
        assertThat(requiredProperties()).isNotEmpty();
        for (String required : requiredProperties()) {
            Map<String, String> settings = new LinkedHashMap<>(completeSettings());
            assertThat(settings.remove(required)).as(required + " in the complete settings").isNotNull();
            if (settings.isEmpty()) {
                settings.put("roomtoken.provider", provider());
            }
            contextRunner().withPropertyValues(settings(settings))
                .run((context) -> assertNamed(failure(context.getStartupFailure()), required));
        }
    }

    @Test
    void eachMalformedSettingStopsStartUpNamingItAndNoSecret() {
        assertThat(malformedSettings()).isNotEmpty();
        malformedSettings().forEach((property, value) -> {
            Map<String, String> settings = new LinkedHashMap<>(completeSettings());
            settings.put(property, value);
            contextRunner().withPropertyValues(settings(settings))
                .run((context) -> assertNamed(failure(context.getStartupFailure()), property));
        });
    }

    @Test
    void secretsAreMaskedInEverySpelling() {
        List<String> secrets = RoomTokenProviders.load(getClass().getClassLoader()).secretProperties();
        assertThat(secretProperties()).isNotEmpty().allSatisfy((property) -> {
            String field = property.substring(property.lastIndexOf('.') + 1);
            assertThat(RoomTokenCredentialsSanitizing.isCredential(property, secrets)).as(property).isTrue();
            assertThat(RoomTokenCredentialsSanitizing.isCredential(
                    property.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", ""), secrets))
                .as(property + " as an environment variable").isTrue();
            assertThat(RoomTokenCredentialsSanitizing.isCredential(field, secrets)).as(field).isTrue();
        });
        contextRunner().withPropertyValues(settings(completeSettings())).run((context) -> {
            assertThat(context.getBeansWithAnnotation(ConfigurationProperties.class)).isNotEmpty();
            context.getBeansWithAnnotation(ConfigurationProperties.class).values()
                .forEach((properties) -> assertNoSecretIn(properties.toString()));
        });
    }

    @Test
    void everyPropertyIsDescribedInTheMetadata() {
        List<JsonNode> properties = metadataProperties();
        String prefix = "roomtoken." + provider() + ".";
        List<String> names = properties.stream().map((property) -> property.get("name").asString())
            .filter((name) -> name.startsWith(prefix)).toList();
        assertThat(names).containsAll(completeSettings().keySet().stream()
            .filter((name) -> name.startsWith(prefix)).toList());
        assertThat(properties).filteredOn((property) -> property.get("name").asString().startsWith(prefix))
            .allSatisfy((property) -> assertThat(property.path("description").asString())
                .as(property.get("name").asString()).isNotBlank());
    }

    private void assertNamed(RoomTokenConfigurationException failure, String property) {
        assertThat(failure.property()).isEqualTo(property);
        FailureAnalysis analysis = new RoomTokenConfigurationFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains(property);
        assertThat(analysis.getAction()).isNotBlank();
        assertNoSecretIn(analysis.getDescription() + " " + analysis.getAction());
    }

    private void assertNoSecretIn(String text) {
        secretProperties().forEach((secret) -> {
            String value = completeSettings().get(secret);
            if (value != null) {
                assertThat(text).as("text that may show " + secret).doesNotContain(value);
            }
        });
    }

    private static RoomTokenConfigurationException failure(Throwable startupFailure) {
        Throwable cause = startupFailure;
        while (cause != null && !(cause instanceof RoomTokenConfigurationException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("a RoomTokenConfigurationException in " + startupFailure).isNotNull();
        return (RoomTokenConfigurationException) cause;
    }

    private List<JsonNode> metadataProperties() {
        List<JsonNode> properties = new ArrayList<>();
        try {
            for (URL url : Collections.list(getClass().getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
                try (InputStream json = url.openStream()) {
                    JsonMapper.builder().build().readTree(json).path("properties").valueStream()
                        .forEach(properties::add);
                }
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        return properties;
    }
}
