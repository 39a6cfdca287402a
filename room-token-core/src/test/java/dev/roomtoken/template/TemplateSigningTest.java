package dev.roomtoken.template;

import java.util.concurrent.atomic.AtomicInteger;

import dev.roomtoken.Issuance;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.RoomTokenUnavailableException;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.core.retry.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A provider that signs tokens in-process: the template signs once, never retries a failed
 * signing whatever its retry policy, and observes it as a signing with no HTTP status.
 */
class TemplateSigningTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final ObservationRegistry observations = ObservationRegistry.create();

    private final AtomicInteger signings = new AtomicInteger();

    TemplateSigningTest() {
        this.observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
    }

    @Test
    void aSignedTokenIsObservedAsASigningWithNoStatus() {
        RoomToken token = template(() -> new RoomToken("local", "standup", "eyJ.signed", null, null, null))
            .createToken(RoomTokenRequest.forRoom("standup").build());

        assertThat(token.token()).isEqualTo("eyJ.signed");
        assertThat(this.signings).hasValue(1);
        assertThat(tags()).containsExactlyInAnyOrderElementsOf(Tags.of("roomtoken.provider", "local",
                "roomtoken.operation", "create", "roomtoken.issuance", "signing", "outcome", "success", "status",
                "none", "exception", "none", "error", "none"));
        assertThat(this.meters.find("roomtoken.requests.retries").counter()).isNull();
    }

    @Test
    void aFailedSigningIsNeverRetried() {
        RoomTokenUnavailableException failure = new RoomTokenUnavailableException("local", "the key store is down",
                new IllegalStateException("down"));

        RoomTokenUnavailableException ex = catchThrowableOfType(RoomTokenUnavailableException.class,
                () -> template(() -> {
                    throw failure;
                }).createToken(RoomTokenRequest.forRoom("standup").build()));

        assertThat(ex).isSameAs(failure);
        assertThat(ex.attempts()).isEqualTo(1);
        assertThat(this.signings).hasValue(1);
    }

    private RoomTokenTemplate template(Issuance.Signing signing) {
        RoomTokenIssuer issuer = new RoomTokenIssuer() {

            @Override
            public String provider() {
                return "local";
            }

            @Override
            public Issuance prepareCreate(RoomTokenRequest request) {
                return (Issuance.Signing) () -> {
                    TemplateSigningTest.this.signings.incrementAndGet();
                    return signing.sign();
                };
            }
        };
        return RoomTokenTemplate.builder(issuer)
            .retryPolicy(RetryPolicy.builder().maxRetries(3).build())
            .observationRegistry(this.observations)
            .build();
    }

    private Tags tags() {
        return Tags.of(this.meters.get("roomtoken.requests").timer().getId().getTags());
    }
}
