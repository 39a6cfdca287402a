package dev.roomtoken.twilio;

import java.time.Duration;
import java.util.stream.Stream;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenOptions;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signing.DecodedJwt;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.roomtoken.twilio.TwilioFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every rule a Twilio Video request is checked against before anything is signed, each failure
 * naming the field and the rule, and each limit's last accepted value.
 */
class TwilioRequestRulesTest {

    private final TwilioTokenIssuer issuer = TwilioFixtures.issuer();

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("no identity", RoomTokenRequest.forRoom("r"), "identity",
                        "must be set: Twilio Video requires an identity to connect"),
                refusal("129 ASCII characters", RoomTokenRequest.forRoom("r").identity("a".repeat(129)), "identity",
                        "must be at most 128 characters, each one outside ASCII counted as 2 (was 129)"),
                refusal("65 characters outside ASCII", RoomTokenRequest.forRoom("r").identity("é".repeat(65)),
                        "identity", "must be at most 128 characters, each one outside ASCII counted as 2 (was 130)"),
                refusal("64 emoji and an ASCII character",
                        RoomTokenRequest.forRoom("r").identity("🎥".repeat(64) + "a"), "identity",
                        "must be at most 128 characters, each one outside ASCII counted as 2 (was 129)"),
                refusal("a ttl under a second", RoomTokenRequest.forRoom("r").identity("u").ttl(Duration.ofMillis(999)),
                        "ttl", "must be at least 1 second: exp is written in whole seconds"),
                refusal("a ttl over 24 hours",
                        RoomTokenRequest.forRoom("r").identity("u").ttl(Duration.ofHours(24).plusSeconds(1)), "ttl",
                        "must be at most 24 hours: Twilio refuses a token that lives longer (was PT24H1S)"),
                refusal("a notBefore at the expiry",
                        RoomTokenRequest.forRoom("r")
                            .identity("u")
                            .ttl(Duration.ofMinutes(1))
                            .options(TwilioTokenOptions.notBefore(NOW.plusSeconds(60))),
                        "notBefore", "must be before the token's expiry (2026-11-23T10:01:00Z)"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void isRefusedNamingTheFieldAndTheRule(RoomTokenRequest.Builder request, String field, String rule) {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.issuer.prepareCreate(request.build()))
            .satisfies((ex) -> {
                assertThat(ex.field()).isEqualTo(field);
                assertThat(ex.rule()).isEqualTo(rule);
                assertThat(ex).hasMessage(field + " " + rule);
            });
    }

    @Test
    void everyLimitsLastAcceptedValueIsSigned() {
        for (String identity : new String[] { "a".repeat(128), "é".repeat(64), "🎥".repeat(63) + "ab" }) {
            String token = this.issuer.prepareCreate(RoomTokenRequest.forRoom("r")
                .identity(identity)
                .ttl(Duration.ofHours(24))
                .options(TwilioTokenOptions.notBefore(NOW.plusSeconds(86_399)))
                .build()).sign().token();

            assertThat(DecodedJwt.of(token).claims()).containsEntry("grants",
                    java.util.Map.of("identity", identity, "video", java.util.Map.of("room", "r")));
        }
    }

    @Test
    void aOneSecondTtlIsSigned() {
        String token = this.issuer.prepareCreate(
                RoomTokenRequest.forRoom("r").identity("u").ttl(Duration.ofSeconds(1)).build()).sign().token();

        assertThat(((Number) DecodedJwt.of(token).claims().get("exp")).longValue())
            .isEqualTo(NOW.getEpochSecond() + 1);
    }

    @Test
    void anotherProvidersOptionsAreRefused() {
        RoomTokenRequest request = RoomTokenRequest.forRoom("r").identity("u").options(new RoomTokenOptions() {
        }).build();

        assertThatIllegalArgumentException().isThrownBy(() -> this.issuer.prepareCreate(request))
            .withMessageEndingWith(" cannot be used with Twilio; use TwilioTokenOptions");
    }

    @Test
    void theIdentityLengthCountsCharactersOutsideAsciiTwice() {
        assertThat(TwilioIdentity.length("")).isZero();
        assertThat(TwilioIdentity.length("abc")).isEqualTo(3);
        assertThat(TwilioIdentity.length("é会🎥")).isEqualTo(6);
        assertThat(TwilioIdentity.length("\ud800")).as("a lone surrogate").isEqualTo(2);
    }

    private static Arguments refusal(String name, RoomTokenRequest.Builder request, String field, String rule) {
        return Arguments.of(Named.of(name, request), field, rule);
    }
}
