package dev.roomtoken.sample;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import dev.roomtoken.test.EmulatorFault;
import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the sample app answers when the provider is down or refuses, and that neither those answers
 * nor actuator's env and configprops (values shown) contain a secret.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "roomtoken.retry.delay=10ms", "roomtoken.retry.jitter=0ms",
                "management.endpoints.web.exposure.include=health,env,configprops",
                "management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always" })
class SampleApplicationFailuresTest {

    @LocalServerPort
    private int port;

    @Autowired
    private RoomTokenEmulator emulator;

    private SampleAppClient client;

    @BeforeEach
    void reset() {
        this.emulator.reset();
        this.client = new SampleAppClient(this.port);
    }

    @Test
    void providerStayingDownIsA503WithRetryAfter() throws Exception {
        this.emulator.enqueue(EmulatorFault.status(503, Map.of("Retry-After", "120"), "{\"error\":\"Maintenance\"}"));

        HttpResponse<String> response = this.client.post("/api/rooms/standup/tokens", null);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("120");
        assertThat(response.body()).contains("\"providerStatus\":503", "\"attempts\":1");
        assertNoSecret(response.body());
    }

    @Test
    void aHugeRetryAfterIsClampedForClients() throws Exception {
        this.emulator.enqueue(EmulatorFault.status(503, Map.of("Retry-After", "9223372036854775807"),
                "{\"error\":\"Maintenance\"}"));

        HttpResponse<String> response = this.client.post("/api/rooms/standup/tokens", null);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("300");
    }

    @Test
    void aProviderEchoingTheCredentialsGetsThemMaskedInTheProblem() throws Exception {
        String apiToken = this.emulator.setting("roomtoken.signalwire.api-token");
        String basic = Base64.getEncoder()
            .encodeToString((this.emulator.setting("roomtoken.signalwire.project-id") + ":" + apiToken)
                .getBytes(StandardCharsets.UTF_8));
        this.emulator.enqueue(EmulatorFault.status(401, Map.of("Content-Type", "application/json"),
                "{\"error\":\"bad Authorization: Basic " + basic + " (token " + apiToken + ")\"}"));

        HttpResponse<String> response = this.client.post("/api/rooms/standup/tokens", null);

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).contains("bad Authorization: Basic ****** (token ******)")
            .doesNotContain(basic);
        assertNoSecret(response.body());
    }

    @Test
    void providerFailingEveryRetryIsA503() throws Exception {
        this.emulator.enqueue(EmulatorFault.connectionReset(), 3);

        HttpResponse<String> response = this.client.post("/api/rooms/standup/tokens", null);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"attempts\":3");
        assertThat(this.emulator.journal()).hasSize(3);
    }

    @Test
    void refusedCredentialsAreA502WithoutTheSecret() throws Exception {
        this.emulator.enqueue(EmulatorFault.status(401, Map.of("Content-Type", "application/json"),
                "{\"error\":\"Unauthorized\"}"));

        HttpResponse<String> response = this.client.post("/api/rooms/standup/tokens", null);

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).contains("\"providerStatus\":401");
        assertNoSecret(response.body());
    }

    @Test
    void actuatorEnvAndConfigpropsMaskTheCredentials() throws Exception {
        HttpResponse<String> env = this.client.get("/actuator/env");
        HttpResponse<String> configprops = this.client.get("/actuator/configprops");

        assertThat(env.statusCode()).isEqualTo(200);
        assertThat(env.body()).contains("roomtoken.signalwire.api-token").contains("******");
        assertThat(configprops.statusCode()).isEqualTo(200);
        assertThat(configprops.body()).contains("roomtoken").contains("apiToken");
        assertNoSecret(env.body());
        assertNoSecret(configprops.body());
    }

    private void assertNoSecret(String text) {
        assertThat(text).doesNotContain(this.emulator.setting("roomtoken.signalwire.api-token"));
    }
}
