package dev.roomtoken.template;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dev.roomtoken.Issuance;
import dev.roomtoken.ProviderCall;
import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenProviderException;
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
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A provider's own call that is not a token (such as creating a Vonage session) goes through the
 * template's retries and observation, tagged with its own operation, exactly as a token exchange.
 */
class TemplateProviderCallTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final ObservationRegistry observations = ObservationRegistry.create();

    private final AtomicInteger attempts = new AtomicInteger();

    private final RoomTokenIssuer issuer = new RoomTokenIssuer() {

        @Override
        public String provider() {
            return "remote";
        }

        @Override
        public Issuance prepareCreate(RoomTokenRequest request) {
            throw new UnsupportedOperationException("not called by these tests");
        }
    };

    private final RoomTokenTemplate template = RoomTokenTemplate.builder(this.issuer)
        .retryPolicy(RetryPolicy.builder().maxRetries(2).delay(Duration.ofMillis(1)).build())
        .observationRegistry(this.observations)
        .build();

    TemplateProviderCallTest() {
        this.observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
    }

    @Test
    void aTransientFailureIsRetriedAndTheAnswerObservedUnderTheCallsOperation() {
        String value = this.template.execute("create-session", () -> {
            if (this.attempts.incrementAndGet() == 1) {
                throw new RoomTokenProviderException("remote", 503, null, null, null, "Service Unavailable");
            }
            return new ProviderCall.Answer<>(200, "2_MX4session");
        });

        assertThat(value).isEqualTo("2_MX4session");
        assertThat(this.attempts).hasValue(2);
        assertThat(Tags.of(this.meters.get("roomtoken.requests").timer().getId().getTags()))
            .containsExactlyInAnyOrderElementsOf(Tags.of("roomtoken.provider", "remote", "roomtoken.operation",
                    "create-session", "roomtoken.issuance", "exchange", "outcome", "success", "status", "200",
                    "exception", "none", "error", "none"));
        assertThat(this.meters.get("roomtoken.requests.retries").counter().count()).isEqualTo(1);
    }

    @Test
    void aRefusalIsNotRetriedAndKeepsItsStatus() {
        RoomTokenProviderException ex = catchThrowableOfType(RoomTokenProviderException.class,
                () -> this.template.execute("create-session", () -> {
                    this.attempts.incrementAndGet();
                    throw new RoomTokenProviderException("remote", 403, "forbidden", null, null, "Forbidden");
                }));

        assertThat(ex.statusCode()).isEqualTo(403);
        assertThat(ex.attempts()).isEqualTo(1);
        assertThat(this.attempts).hasValue(1);
        assertThat(this.meters.get("roomtoken.requests").tag("outcome", "client_error").timer().count()).isOne();
    }

    @Test
    void failuresThatOutlastTheRetriesAreUnavailableAfterEveryAttempt() {
        RoomTokenUnavailableException ex = catchThrowableOfType(RoomTokenUnavailableException.class,
                () -> this.template.execute("create-session", () -> {
                    this.attempts.incrementAndGet();
                    throw new RoomTokenProviderException("remote", 502, null, null, null, "Bad Gateway");
                }));

        assertThat(ex.attempts()).isEqualTo(3);
        assertThat(this.attempts).hasValue(3);
    }

    @Test
    void theTemplateNamesItsIssuer() {
        assertThat(this.template.issuer()).isSameAs(this.issuer);
    }

    @Test
    void anOperationAndACallAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> this.template.execute(null, () -> null))
            .withMessage("operation");
        assertThatNullPointerException().isThrownBy(() -> this.template.execute("create-session", null))
            .withMessage("call");
    }
}
