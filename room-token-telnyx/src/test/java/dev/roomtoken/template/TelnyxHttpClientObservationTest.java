package dev.roomtoken.template;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's {@code http.client.requests} for Telnyx calls, whose path holds the room's id: tagged
 * with the URI template, so that no metric carries a room id.
 */
class TelnyxHttpClientObservationTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final ObservationRegistry observations = ObservationRegistry.create();

    private final FaultServer faults = new FaultServer(new TelnyxUnderTest(), 10);

    TelnyxHttpClientObservationTest() {
        this.observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
    }

    @AfterEach
    void stop() {
        this.faults.close();
    }

    @Test
    void httpClientRequestsAreTaggedWithTheUriTemplateNotTheRoomId() {
        this.faults.answerInTurn(this.faults.success());

        this.faults.templateBuilder(2, RestClient.builder().observationRegistry(this.observations))
            .observationRegistry(this.observations)
            .build()
            .createToken(new TelnyxUnderTest().request());

        assertThat(this.meters.get("http.client.requests").timer().getId().getTag("uri"))
            .isEqualTo("/v2/rooms/{room_id}/actions/generate_join_client_token");
        String room = new TelnyxUnderTest().request().room();
        assertThat(this.meters.getMeters()).flatMap((meter) -> meter.getId().getTags())
            .noneMatch((tag) -> tag.getValue().contains(room));
    }
}
