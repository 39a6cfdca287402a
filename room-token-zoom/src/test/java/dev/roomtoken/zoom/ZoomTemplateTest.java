package dev.roomtoken.zoom;

import java.time.Instant;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.UnsupportedRoomTokenOperationException;
import dev.roomtoken.signing.DecodedJwt;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Zoom through {@link RoomTokenTemplate}, as an application uses it: a token per call, observed
 * once as a signing with no HTTP status, and no refresh.
 */
class ZoomTemplateTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final ObservationRegistry observations = ObservationRegistry.create();

    private final CountingClock clock = new CountingClock(Instant.parse("2027-01-15T09:00:00Z"));

    private final RoomTokenTemplate template;

    ZoomTemplateTest() {
        this.observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
        this.template = RoomTokenTemplate.builder(ZoomTokenIssuer.builder()
            .sdkKey("key-1")
            .sdkSecret("zoom-video-sdk-secret-0123456789")
            .clock(this.clock)
            .build()).observationRegistry(this.observations).build();
    }

    @Test
    void aTokenIsSignedOnceAndObservedAsASigningWithNoStatus() {
        RoomToken token = this.template.createToken(RoomTokenRequest.forRoom("standup").identity("u-42").build());

        assertThat(this.template.provider()).isEqualTo("zoom");
        assertThat(DecodedJwt.of(token.token()).claims()).containsEntry("tpc", "standup").containsEntry("user_key", "u-42");
        assertThat(this.clock.reads()).isEqualTo(1);
        assertThat(this.meters.get("roomtoken.requests").timer().count()).isEqualTo(1);
        assertThat(Tags.of(this.meters.get("roomtoken.requests").timer().getId().getTags()))
            .containsExactlyInAnyOrderElementsOf(Tags.of("roomtoken.provider", "zoom", "roomtoken.operation", "create",
                    "roomtoken.issuance", "signing", "outcome", "success", "status", "none", "exception", "none",
                    "error", "none"));
    }

    @Test
    void anInvalidRequestIsNeverSignedAndIsObservedAsInvalid() {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.template.createToken(RoomTokenRequest.forRoom("a/b").build()))
            .satisfies((ex) -> assertThat(ex.attempts()).isZero());

        assertThat(this.clock.reads()).isZero();
        assertThat(this.meters.get("roomtoken.requests").timer().count()).isEqualTo(1);
    }

    @Test
    void refreshIsNotOffered() {
        RoomToken previous = this.template.createToken(RoomTokenRequest.forRoom("standup").build());

        assertThatExceptionOfType(UnsupportedRoomTokenOperationException.class)
            .isThrownBy(() -> this.template.refreshToken(previous))
            .satisfies((ex) -> {
                assertThat(ex.provider()).isEqualTo("zoom");
                assertThat(ex.operation()).isEqualTo("refresh");
            })
            .withMessage("zoom does not offer the 'refresh' operation");
        assertThatExceptionOfType(UnsupportedRoomTokenOperationException.class)
            .isThrownBy(() -> this.template.refreshToken("standup", "anything"));
        assertThat(this.clock.reads()).isEqualTo(1);
    }
}
