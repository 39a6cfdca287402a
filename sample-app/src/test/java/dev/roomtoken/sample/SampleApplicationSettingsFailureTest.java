package dev.roomtoken.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Settings that cannot work stop the sample app, whose {@code JoinService} injects the template,
 * with room-token's failure analysis naming the property, not Spring's generic "required a single
 * bean, but 2 were found".
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationSettingsFailureTest {

    private static final String SIGNALWIRE = "--roomtoken.signalwire.base-url=http://localhost:9,"
            + "--roomtoken.signalwire.project-id=p,--roomtoken.signalwire.api-token=t";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two providers and none named | --roomtoken.telnyx.api-key=k              | room-token cannot start: roomtoken.provider is not set, but both SignalWire and Telnyx are configured.
            an unknown provider name     | --roomtoken.provider=webex                | room-token cannot start: roomtoken.provider names an unknown provider: 'webex'.
            an unresolved placeholder    | --roomtoken.telnyx.api-key=${RT_UNSET_KEY},--roomtoken.provider=signalwire | room-token cannot start: roomtoken.telnyx.api-key still holds the unresolved placeholder ${RT_UNSET_KEY}.
            """)
    void theFailureAnalysisNamesTheProperty(String situation, String settings, String description,
            CapturedOutput output) {
        assertFailsToStart((SIGNALWIRE + "," + settings).split(","), description, output);
    }

    @Test
    void credentialsLeftAsUnresolvedPlaceholdersAreNamedAndNoEmulatorStandsIn(CapturedOutput output) {
        assertFailsToStart(new String[] {
                "--roomtoken.signalwire.project-id=${RT_UNSET_PROJECT_ID}",
                "--roomtoken.signalwire.api-token=${RT_UNSET_API_TOKEN}" },
                "room-token cannot start: roomtoken.signalwire.project-id still holds the unresolved placeholder "
                        + "${RT_UNSET_PROJECT_ID}.",
                output);
        assertThat(output.getOut()).doesNotContain("Started the embedded room-token emulator");
    }

    private static void assertFailsToStart(String[] args, String description, CapturedOutput output) {
        SpringApplication application = new SpringApplication(SampleApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatException().isThrownBy(() -> application.run(args).close());

        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START", description)
            .doesNotContain("but 2 were found");
    }
}
