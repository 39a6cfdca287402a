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
import dev.roomtoken.twilio.TwilioTokenIssuer;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Twilio Video through {@link RoomTokenTemplate}: a token signed once per call and observed as a
 * signing, no refresh, invalid requests observed with nothing signed, and no secret or minted
 * token in anything printed or logged.
 */
class TwilioTemplateTest {

    private static final String SECRET = "tw1l10-template-test-secret-32by";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final ObservationRegistry observations = ObservationRegistry.create();

    private final RoomTokenTemplate template;

    TwilioTemplateTest() {
        this.observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
        this.template = RoomTokenTemplate.builder(issuer()).observationRegistry(this.observations).build();
    }

    private static TwilioTokenIssuer issuer() {
        return TwilioTokenIssuer.builder()
            .accountSid("AC" + "a".repeat(32))
            .apiKeySid("SK" + "b".repeat(32))
            .apiKeySecret(SECRET)
            .build();
    }

    @Test
    void eachTokenIsOneSigningObservedWithNoStatus() {
        RoomToken first = this.template.createToken(request());
        this.template.createToken(request());

        assertThat(first.provider()).isEqualTo("twilio");
        assertThat(first.join()).isEmpty();
        assertThat(first.token()).startsWith("eyJ");
        assertThat(tags()).containsExactlyInAnyOrderElementsOf(Tags.of("roomtoken.provider", "twilio",
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
            .withMessage("twilio does not offer the 'refresh' operation");
        assertThatExceptionOfType(UnsupportedRoomTokenOperationException.class)
            .isThrownBy(() -> this.template.refreshToken("standup", "anything"));
    }

    @Test
    void anInvalidRequestIsObservedWithNothingSigned() {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.template.createToken(RoomTokenRequest.forRoom("standup").build()));

        assertThat(tags()).contains(Tag.of("roomtoken.issuance", "none"), Tag.of("outcome", "invalid_request"),
                Tag.of("exception", "InvalidRoomTokenRequestException"));
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
            seen.add(TwilioTokenIssuer.builder().apiKeySecret(SECRET).toString());
            seen.add(failure(() -> traced.createToken(RoomTokenRequest.forRoom("standup").build())));
            seen.add(failure(() -> traced.createToken(
                    RoomTokenRequest.forRoom("standup").identity("u").ttl(Duration.ofDays(2)).build())));
            seen.add(failure(() -> traced.refreshToken(token)));
            seen.add(failure(() -> TwilioTokenIssuer.builder()
                .accountSid("AC" + "a".repeat(32))
                .apiKeySid(SECRET)
                .apiKeySecret(SECRET)
                .build()));
            seen.add(failure(() -> TwilioTokenIssuer.builder()
                .accountSid(SECRET)
                .apiKeySid("SK" + "b".repeat(32))
                .apiKeySecret(SECRET)
                .build()));
            seen.add(failure(() -> TwilioTokenIssuer.builder()
                .accountSid("AC" + "a".repeat(32))
                .apiKeySid("SK" + "b".repeat(32))
                .apiKeySecret(SECRET)
                .region(SECRET)
                .build()));
            seen.addAll(logs.lines());
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(10).allSatisfy((text) -> assertThat(text).doesNotContain(secrets));
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
        return RoomTokenRequest.forRoom("standup").identity("u-42").displayName("Alice").build();
    }

    private Tags tags() {
        return Tags.of(this.meters.get("roomtoken.requests").timer().getId().getTags());
    }
}
