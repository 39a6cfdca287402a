package dev.roomtoken.signalwire;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What building a SignalWire client needs, and that neither the builder nor the client prints the
 * API token.
 */
class SignalWireTokenIssuerBuilderTest {

    private static final String API_TOKEN = "PT-secret-api-token-0b7e";

    @Test
    void theBuilderNeverPrintsTheApiToken() {
        SignalWireTokenIssuer.Builder builder = SignalWireTokenIssuer.builder()
            .space("example")
            .projectId("project-1")
            .apiToken(API_TOKEN);

        assertThat(builder.toString()).doesNotContain(API_TOKEN)
            .contains("https://example.signalwire.com", "project-1", "apiToken=******");
    }

    @Test
    void theClientNeverPrintsTheApiToken() {
        SignalWireTokenIssuer client = SignalWireTokenIssuer.builder()
            .space("example")
            .projectId("project-1")
            .apiToken(API_TOKEN)
            .build();

        assertThat(client.toString()).doesNotContain(API_TOKEN)
            .isEqualTo("SignalWireTokenIssuer[defaults=" + SignalWireTokenOptions.none() + "]");
        assertThat(client.provider()).isEqualTo("signalwire");
    }

    @Test
    void aSpaceOrABaseUrlIsNeeded() {
        assertThatIllegalStateException()
            .isThrownBy(() -> SignalWireTokenIssuer.builder().projectId("p").apiToken(API_TOKEN).build())
            .withMessage("Set the SignalWire space or base URL");
    }

    @Test
    void aProjectIdIsNeeded() {
        assertThatIllegalStateException()
            .isThrownBy(() -> SignalWireTokenIssuer.builder().space("example").projectId(" ").apiToken(API_TOKEN)
                .build())
            .withMessage("Set the SignalWire project id");
    }

    @Test
    void anApiTokenIsNeeded() {
        assertThatIllegalStateException()
            .isThrownBy(() -> SignalWireTokenIssuer.builder()
                .baseUrl(URI.create("http://localhost"))
                .projectId("p")
                .apiToken("")
                .build())
            .withMessage("Set the SignalWire API token");
    }

    @Test
    void aSpaceThatIsNotOneIsRejectedAtOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> SignalWireTokenIssuer.builder().space("bad space"));
    }
}
