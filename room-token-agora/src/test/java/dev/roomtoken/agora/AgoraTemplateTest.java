package dev.roomtoken.agora;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.UnsupportedRoomTokenOperationException;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.core.retry.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Agora through {@link RoomTokenTemplate}, as an application uses it: one signing per call, observed
 * as a signing with no HTTP status, and no refresh.
 */
class AgoraTemplateTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final ObservationRegistry observations = ObservationRegistry.create();

    private final AtomicInteger signings = new AtomicInteger();

    private final RoomTokenTemplate template;

    AgoraTemplateTest() {
        this.observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
        this.template = RoomTokenTemplate.builder(AgoraFixtures.issuer(this.signings).build())
            .retryPolicy(RetryPolicy.builder().maxRetries(3).build())
            .observationRegistry(this.observations)
            .build();
    }

    @Test
    void theTemplateMintsAnAgoraTokenWithOneSigningObservedAsSuch() {
        RoomToken token = this.template.createToken(RoomTokenRequest.forRoom("standup")
            .identity("42")
            .displayName("Alice")
            .ttl(Duration.ofMinutes(30))
            .build());

        assertThat(this.template.provider()).isEqualTo("agora");
        assertThat(token.token()).startsWith("007");
        assertThat(token.expiresAt()).isEqualTo(AgoraFixtures.NOW.plus(Duration.ofMinutes(30)));
        assertThat(token.join()).containsEntry("uid", "42");
        assertThat(this.signings).hasValue(1);
        assertThat(tags()).containsExactlyInAnyOrderElementsOf(Tags.of("roomtoken.provider", "agora",
                "roomtoken.operation", "create", "roomtoken.issuance", "signing", "outcome", "success", "status",
                "none", "exception", "none", "error", "none"));
        assertThat(this.meters.get("roomtoken.requests").timer().count()).isEqualTo(1);
        assertThat(this.meters.find("roomtoken.requests.retries").counter()).isNull();
    }

    @Test
    void anInvalidRequestIsObservedAndNothingIsSigned() {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.template.createToken(RoomTokenRequest.forRoom("café").build()))
            .satisfies((ex) -> assertThat(ex.attempts()).isZero());

        assertThat(this.signings).hasValue(0);
        assertThat(tags()).containsExactlyInAnyOrderElementsOf(Tags.of("roomtoken.provider", "agora",
                "roomtoken.operation", "create", "roomtoken.issuance", "none", "outcome", "invalid_request", "status",
                "none", "exception", "InvalidRoomTokenRequestException", "error", "InvalidRoomTokenRequestException"));
    }

    @Test
    void refreshIsNotOfferedEitherWay() {
        RoomToken token = this.template.createToken(RoomTokenRequest.forRoom("standup").build());

        assertThatExceptionOfType(UnsupportedRoomTokenOperationException.class)
            .isThrownBy(() -> this.template.refreshToken(token))
            .withMessage("agora does not offer the 'refresh' operation")
            .satisfies((ex) -> assertThat(ex.operation()).isEqualTo("refresh"));
        assertThatExceptionOfType(UnsupportedRoomTokenOperationException.class)
            .isThrownBy(() -> this.template.refreshToken("standup", "anything"));
        assertThat(this.signings).hasValue(1);
    }

    private Tags tags() {
        return Tags.of(this.meters.get("roomtoken.requests").timer().getId().getTags());
    }
}
