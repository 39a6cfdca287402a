package dev.roomtoken.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What actuator's {@code env} endpoint shows of room-token's settings in an application that
 * shows values ({@code management.endpoint.env.show-values=always}): the credentials masked in
 * every spelling, everything else as written.
 */
class RoomTokenCredentialsSanitizingTest {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RoomTokenAutoConfiguration.class))
        .withPropertyValues("roomtoken.provider=telnyx", "roomtoken.signalwire.space=example", "roomtoken.signalwire.project-id=project-7f3a",
                "roomtoken.signalwire.api-token=PT-token-91c2", "roomtoken.telnyx.api-key=KEY-telnyx-77a");

    @Test
    void theCredentialsAreMaskedAndTheOtherSettingsShown() {
        this.contextRunner.run((context) -> {
            assertThat(shown(context, "roomtoken.signalwire.api-token")).isEqualTo(SanitizableData.SANITIZED_VALUE);
            assertThat(shown(context, "roomtoken.telnyx.api-key")).isEqualTo(SanitizableData.SANITIZED_VALUE);
            assertThat(shown(context, "roomtoken.signalwire.project-id")).isEqualTo("project-7f3a");
            assertThat(shown(context, "roomtoken.signalwire.space")).isEqualTo("example");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "ROOMTOKEN_TELNYX_APIKEY", "ROOMTOKEN_SIGNALWIRE_APITOKEN", "roomtoken.telnyx.apiKey",
            "roomtoken.signalwire.api_token", "roomtoken.signalwire.API-TOKEN" })
    void everySpellingOfACredentialIsMasked(String key) {
        this.contextRunner.withInitializer((context) -> context.getEnvironment().getPropertySources()
            .addFirst(new MapPropertySource("as an environment gives it", Map.of(key, "secret-value-3f9"))))
            .run((context) -> assertThat(shown(context, key)).isEqualTo(SanitizableData.SANITIZED_VALUE));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "roomtoken.telnyx.api-key-hint", "roomtoken.signalwire.api-token-url",
            "roomtoken.telnyx.base-url", "roomtoken.signalwire.defaults.meta.apikeys" })
    void keysThatOnlyStartLikeACredentialAreShown(String key) {
        this.contextRunner.withInitializer((context) -> context.getEnvironment().getPropertySources()
            .addFirst(new MapPropertySource("as an environment gives it", Map.of(key, "https://proxy.example/v2"))))
            .run((context) -> assertThat(shown(context, key)).isEqualTo("https://proxy.example/v2"));
    }

    @Test
    void withoutActuatorNoSanitizingFunctionIsDefined() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SanitizingFunction.class));
    }

    private static Object shown(AssertableApplicationContext context, String key) {
        EnvironmentEndpoint endpoint = new EnvironmentEndpoint(context.getEnvironment(),
                context.getBeansOfType(SanitizingFunction.class).values(), Show.ALWAYS);
        EnvironmentEndpoint.EnvironmentEntryDescriptor entry = endpoint.environmentEntry(key);
        assertThat(entry).as("the env endpoint's entry for " + key).isNotNull();
        return entry.getProperty().getValue();
    }
}
