package dev.roomtoken.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles.Kind;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.InputStreamSource;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Spring AOT generates for the auto-configuration: the registrar that defines the templates,
 * and not the templates the build-time settings would have given, so that the processed
 * application defines them from its run-time settings. (The sample app's
 * {@code SampleApplicationAotIT} starts such an application and mints a token from it.)
 */
class RoomTokenAotProcessingTest {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RoomTokenAutoConfiguration.class));

    @Test
    void theTemplatesOfTheBuildTimeSettingsAreLeftOutAndTheRegistrarIsKept() {
        this.contextRunner
            .withPropertyValues("roomtoken.provider=signalwire", "roomtoken.signalwire.space=example",
                    "roomtoken.signalwire.project-id=p", "roomtoken.signalwire.api-token=t",
                    "roomtoken.telnyx.api-key=KEY-build-time")
            .prepare((context) -> {
                String generated = processAheadOfTime((GenericApplicationContext) context.getSourceApplicationContext());

                assertThat(generated).contains("registerBeanDefinition(\"roomTokenTemplateRegistrar\"")
                    .contains("registerBeanDefinition(\"roomTokenConfiguredProviders\"")
                    .doesNotContain("\"" + "signalWireRoomTokenTemplate" + "\"")
                    .doesNotContain("\"" + "telnyxRoomTokenTemplate" + "\"")
                    .doesNotContain("KEY-build-time");
            });
    }

    private static String processAheadOfTime(GenericApplicationContext context) {
        InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
        DefaultGenerationContext generation = new DefaultGenerationContext(
                new ClassNameGenerator(ClassName.get("dev.roomtoken.autoconfigure", "AotTestApplication")), files);
        new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
        generation.writeGeneratedContent();
        Map<String, InputStreamSource> sources = files.getGeneratedFiles(Kind.SOURCE);
        assertThat(sources).isNotEmpty();
        return sources.values().stream().map(RoomTokenAotProcessingTest::read).collect(Collectors.joining("\n"));
    }

    private static String read(InputStreamSource source) {
        try {
            return new String(source.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
