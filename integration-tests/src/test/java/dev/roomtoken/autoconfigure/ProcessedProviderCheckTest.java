package dev.roomtoken.autoconfigure;

import java.util.Map;

import dev.roomtoken.RoomTokenTemplate;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * An application processed by Spring AOT without any {@code roomtoken.*} provider setting has no
 * template; started with settings that configure a provider, it refuses to start with a failure
 * analysis naming {@code roomtoken.provider}, instead of ignoring them.
 */
class ProcessedProviderCheckTest {

    @Test
    void settingsForAProviderThatTheProcessedContextLacksStopStartUp() {
        GenericApplicationContext context = context(true,
                Map.of("roomtoken.provider", "telnyx", "roomtoken.telnyx.api-key", "KEY-secret-value"));

        assertThatExceptionOfType(RoomTokenConfigurationException.class).isThrownBy(context::refresh)
            .satisfies((ex) -> {
                assertThat(ex.property()).isEqualTo("roomtoken.provider");
                FailureAnalysis analysis = new RoomTokenConfigurationFailureAnalyzer().analyze(ex);
                assertThat(analysis.getDescription()).isEqualTo("room-token cannot start: roomtoken.provider and the "
                        + "other roomtoken.* settings configure telnyx at run time, but this application was processed "
                        + "ahead of time (Spring AOT) without any roomtoken.* provider setting, so the processed "
                        + "context has no RoomTokenTemplate.");
                assertThat(analysis.getAction()).contains("Process the application again")
                    .contains("-Dspring.aot.enabled=true");
                assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("KEY-secret-value");
            });
    }

    @Test
    void bothProvidersAreNamedWhenBothAreConfigured() {
        GenericApplicationContext context = context(true, Map.of("roomtoken.signalwire.space", "example",
                "roomtoken.signalwire.project-id", "p", "roomtoken.signalwire.api-token", "t",
                "roomtoken.telnyx.api-key", "k"));

        assertThatExceptionOfType(RoomTokenConfigurationException.class).isThrownBy(context::refresh)
            .withMessageContaining("configure signalwire and telnyx at run time");
    }

    @Test
    void aProcessedContextWithATemplateStarts() {
        GenericApplicationContext context = context(true, Map.of("roomtoken.telnyx.api-key", "k"));
        RootBeanDefinition template = new RootBeanDefinition(RoomTokenTemplate.class);
        template.setLazyInit(true);
        context.registerBeanDefinition("telnyxRoomTokenTemplate", template);

        assertThatNoException().isThrownBy(context::refresh);
        context.close();
    }

    @Test
    void aProcessedContextWithoutSettingsStarts() {
        GenericApplicationContext context = context(true, Map.of());

        assertThatNoException().isThrownBy(context::refresh);
        context.close();
    }

    @Test
    void outsideAotModeNothingIsChecked() {
        GenericApplicationContext context = context(false, Map.of("roomtoken.provider", "telnyx"));

        assertThatNoException().isThrownBy(context::refresh);
        context.close();
    }

    private static GenericApplicationContext context(boolean processedAheadOfTime, Map<String, Object> settings) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", settings));
        new ProcessedProviderCheck(() -> processedAheadOfTime).initialize(context);
        return context;
    }
}
