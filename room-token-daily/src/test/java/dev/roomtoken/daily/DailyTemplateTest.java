package dev.roomtoken.daily;

import java.util.Map;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.UnsupportedRoomTokenOperationException;
import dev.roomtoken.signing.DecodedJwt;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Daily through {@link RoomTokenTemplate}, in both modes: REST observed as an exchange with its
 * status, self-signed as a signing with none; neither offers a refresh.
 */
class DailyTemplateTest {

    private final DailyTestServer daily = new DailyTestServer();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final ObservationRegistry observations = ObservationRegistry.create();

    DailyTemplateTest() {
        this.observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
    }

    @AfterEach
    void stop() {
        this.daily.close();
    }

    @Test
    void restModeIsObservedAsAnExchangeWithItsStatus() {
        RoomToken token = template(this.daily.rest().domainName("example").build())
            .createToken(RoomTokenRequest.forRoom("standup").build());

        assertThat(token.token()).isEqualTo(DailyTestServer.MINTED);
        assertThat(token.join()).isEqualTo(Map.of("roomUrl", "https://example.daily.co/standup"));
        assertThat(tags()).contains(Tag.of("roomtoken.provider", "daily"),
                Tag.of("roomtoken.issuance", "exchange"),
                Tag.of("status", "200"));
    }

    @Test
    void selfSignedModeIsObservedOnceAsASigningWithNoStatusAndSendsNothing() {
        RoomToken token = template(this.daily.selfSigned().build()).createToken(RoomTokenRequest.forRoom("standup").build());

        assertThat(DecodedJwt.of(token.token()).claims()).containsEntry("r", "standup");
        assertThat(this.meters.get("roomtoken.requests").timer().count()).isEqualTo(1);
        assertThat(tags()).containsExactlyInAnyOrderElementsOf(Tags.of("roomtoken.provider", "daily",
                "roomtoken.operation", "create", "roomtoken.issuance", "signing", "outcome", "success", "status", "none",
                "exception", "none", "error", "none"));
        this.daily.verifyNothingSent();
    }

    @Test
    void refreshIsNotOfferedInEitherMode() {
        for (DailyTokenIssuer issuer : new DailyTokenIssuer[] { this.daily.rest().build(),
                this.daily.selfSigned().build() }) {
            assertThatExceptionOfType(UnsupportedRoomTokenOperationException.class)
                .isThrownBy(() -> template(issuer).refreshToken("standup", "anything"))
                .withMessage("daily does not offer the 'refresh' operation");
        }
        this.daily.verifyNothingSent();
    }

    private RoomTokenTemplate template(DailyTokenIssuer issuer) {
        return RoomTokenTemplate.builder(issuer).observationRegistry(this.observations).build();
    }

    private Tags tags() {
        return Tags.of(this.meters.get("roomtoken.requests").timer().getId().getTags());
    }
}
