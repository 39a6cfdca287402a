package dev.roomtoken.template;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.UnsupportedRoomTokenOperationException;
import dev.roomtoken.livekit.LiveKitTokenIssuer;
import dev.roomtoken.livekit.LiveKitTokenOptions;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * LiveKit through {@link RoomTokenTemplate}: a token signed once per call and observed as a
 * signing, no refresh, invalid requests observed with nothing signed, and no secret or minted
 * token in anything printed or logged.
 */
class LiveKitTemplateTest {

    private static final String SECRET = "l1vek1t-template-test-secret-0f-32-bytes-or-more";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final ObservationRegistry observations = ObservationRegistry.create();

    private final RoomTokenTemplate template;

    LiveKitTemplateTest() {
        this.observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
        this.template = RoomTokenTemplate.builder(issuer()).observationRegistry(this.observations).build();
    }

    private static LiveKitTokenIssuer issuer() {
        return LiveKitTokenIssuer.builder().apiKey("APIkey").apiSecret(SECRET).url("wss://lk.example.com").build();
    }

    @Test
    void eachTokenIsOneSigningObservedWithNoStatus() {
        RoomToken first = this.template.createToken(request());
        RoomToken second = this.template.createToken(request());

        assertThat(first.provider()).isEqualTo("livekit");
        assertThat(first.join()).containsEntry("serverUrl", "wss://lk.example.com");
        assertThat(second.token()).startsWith("eyJ");
        assertThat(this.template.provider()).isEqualTo("livekit");
        assertThat(tags()).containsExactlyInAnyOrderElementsOf(Tags.of("roomtoken.provider", "livekit",
                "roomtoken.operation", "create", "roomtoken.issuance", "signing", "outcome", "success", "status",
                "none", "exception", "none", "error", "none"));
        assertThat(this.meters.get("roomtoken.requests").timer().count()).isEqualTo(2);
        assertThat(this.meters.find("roomtoken.requests.retries").counter()).isNull();
    }

    @Test
    void refreshIsNotOffered() {
        RoomToken token = this.template.createToken(request());

        assertThatExceptionOfType(UnsupportedRoomTokenOperationException.class)
            .isThrownBy(() -> this.template.refreshToken(token))
            .withMessage("livekit does not offer the 'refresh' operation");
        assertThatExceptionOfType(UnsupportedRoomTokenOperationException.class)
            .isThrownBy(() -> this.template.refreshToken("standup", "anything"))
            .satisfies((ex) -> assertThat(ex.operation()).isEqualTo("refresh"));
    }

    @Test
    void anInvalidRequestIsObservedWithNothingSigned() {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.template.createToken(RoomTokenRequest.forRoom("standup").build()));

        assertThat(tags()).contains(io.micrometer.core.instrument.Tag.of("roomtoken.issuance", "none"),
                io.micrometer.core.instrument.Tag.of("outcome", "invalid_request"),
                io.micrometer.core.instrument.Tag.of("exception", "InvalidRoomTokenRequestException"));
        assertThat(this.meters.get("roomtoken.requests").timer().count()).isEqualTo(1);
    }

    @Test
    void nothingPrintedOrLoggedCarriesTheSecretOrAToken() {
        List<String> seen = new ArrayList<>();
        List<String> secrets = new ArrayList<>(List.of(SECRET));
        try (CapturedLogs logs = new CapturedLogs()) {
            RoomTokenTemplate traced = RoomTokenTemplate.builder(issuer()).observationRegistry(this.observations).build();
            RoomToken token = traced.createToken(request());
            secrets.add(token.token());
            secrets.add(token.token().substring(token.token().lastIndexOf('.') + 1));
            seen.add(token.toString());
            seen.add(traced.toString());
            seen.add(issuer().toString());
            seen.add(LiveKitTokenIssuer.builder().apiKey("APIkey").apiSecret(SECRET).toString());
            seen.add(failure(() -> traced.createToken(RoomTokenRequest.forRoom("standup").build())));
            seen.add(failure(() -> traced.createToken(
                    RoomTokenRequest.forRoom("standup").identity("u").ttl(Duration.ofMillis(1)).build())));
            seen.add(failure(() -> traced.refreshToken(token)));
            seen.add(failure(() -> LiveKitTokenIssuer.builder().apiKey("k").apiSecret("too-short").url("wss://x").build()));
            seen.addAll(logs.lines());
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(8).allSatisfy((text) -> assertThat(text).doesNotContain(secrets));
        assertThat(seen).anySatisfy((text) -> assertThat(text).contains("******"));
    }

    private static String failure(Runnable call) {
        try {
            call.run();
        }
        catch (RoomTokenException | IllegalArgumentException | IllegalStateException ex) {
            StringBuilder text = new StringBuilder();
            for (Throwable t = ex; t != null; t = t.getCause()) {
                text.append(t).append('\n');
            }
            return text.toString();
        }
        throw new AssertionError("expected a failure");
    }

    private static RoomTokenRequest request() {
        return RoomTokenRequest.forRoom("standup")
            .identity("u-42")
            .displayName("Alice")
            .options(LiveKitTokenOptions.builder().canPublishData(false).build())
            .build();
    }

    private Tags tags() {
        return Tags.of(this.meters.get("roomtoken.requests").timer().getId().getTags());
    }
}
