package dev.roomtoken.sample;

import java.net.http.HttpResponse;
import java.util.List;

import dev.roomtoken.test.EmulatorFault;
import dev.roomtoken.test.RoomTokenEmulator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After real calls through the emulator, the actuator shows how many tokens were minted, how fast,
 * and how many failed or were retried, per provider and outcome.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "roomtoken.retry.delay=10ms",
        "roomtoken.retry.jitter=0ms" })
class SampleApplicationActuatorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private RoomTokenEmulator emulator;

    @Test
    void metricsAndPrometheusShowTheCallsByProviderAndOutcome() throws Exception {
        SampleAppClient client = new SampleAppClient(this.port);
        client.post("/api/rooms/standup/tokens", null);
        client.post("/api/rooms/standup/tokens", null);
        this.emulator.enqueue(EmulatorFault.status(503));
        client.post("/api/rooms/standup/tokens", null);
        this.emulator.enqueue(EmulatorFault.status(401));
        client.post("/api/rooms/standup/tokens", null);

        JsonNode success = metric(client, "/actuator/metrics/roomtoken.requests?tag=outcome:success");
        JsonNode refused = metric(client, "/actuator/metrics/roomtoken.requests?tag=outcome:client_error");
        JsonNode retries = metric(client, "/actuator/metrics/roomtoken.requests.retries");

        assertThat(count(success)).isEqualTo(3);
        assertThat(count(refused)).isEqualTo(1);
        assertThat(count(retries)).isEqualTo(1);
        assertThat(tagValues(success, "roomtoken.provider")).containsExactly("signalwire");
        assertThat(tagValues(success, "roomtoken.operation")).containsExactly("create");
        HttpResponse<String> prometheus = client.get("/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("roomtoken_requests_seconds_count{")
            .contains("outcome=\"success\"")
            .contains("roomtoken_requests_retries_total{")
            .contains("http_client_requests_seconds_count{")
            .doesNotContain(this.emulator.setting("roomtoken.signalwire.api-token"));
        assertThat(client.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    private static JsonNode metric(SampleAppClient client, String path) throws Exception {
        HttpResponse<String> response = client.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static double count(JsonNode metric) {
        return metric.get("measurements").valueStream()
            .filter((measurement) -> measurement.get("statistic").asString().equals("COUNT"))
            .findFirst()
            .orElseThrow()
            .get("value")
            .asDouble();
    }

    private static List<String> tagValues(JsonNode metric, String tag) {
        return metric.get("availableTags").valueStream()
            .filter((available) -> available.get("tag").asString().equals(tag))
            .findFirst()
            .map((available) -> available.get("values").valueStream().map(JsonNode::asString).toList())
            .orElse(List.of());
    }
}
