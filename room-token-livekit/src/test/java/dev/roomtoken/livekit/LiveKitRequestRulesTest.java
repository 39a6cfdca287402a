package dev.roomtoken.livekit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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

import static dev.roomtoken.livekit.LiveKitFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every rule a LiveKit request and its options are checked against before anything is signed,
 * each failure naming the field and the rule, and each limit's last accepted value.
 */
class LiveKitRequestRulesTest {

    private static final long MAX_EPOCH_SECOND = 9_007_199_254_740_991L;

    private final LiveKitTokenIssuer issuer = LiveKitFixtures.issuer();

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("a room of 257 bytes", () -> join(RoomTokenRequest.forRoom("é".repeat(128) + "a")), "room",
                        "must be at most 256 bytes in UTF-8 (was 257)"),
                refusal("an identity of 257 bytes", () -> join(RoomTokenRequest.forRoom("r").identity("€".repeat(85) + "ab")),
                        "identity", "must be at most 256 bytes in UTF-8 (was 257)"),
                refusal("a join without identity", () -> join(RoomTokenRequest.forRoom("r")), "identity",
                        "must be set: LiveKit requires an identity to join a room (unless roomJoin is false)"),
                refusal("a display name of 260 bytes",
                        () -> join(RoomTokenRequest.forRoom("r").identity("u").displayName("🎥".repeat(65))),
                        "displayName", "must be at most 256 bytes in UTF-8 (was 260)"),
                refusal("a ttl under a second",
                        () -> join(RoomTokenRequest.forRoom("r").identity("u").ttl(Duration.ofMillis(999))), "ttl",
                        "must be at least 1 second: exp is written in whole seconds"),
                refusal("a ttl ending after 2^53 - 1 seconds",
                        () -> join(RoomTokenRequest.forRoom("r")
                            .identity("u")
                            .ttl(Duration.ofSeconds(MAX_EPOCH_SECOND - NOW.getEpochSecond() + 1))),
                        "ttl", "is too long: exp would be after 9007199254740991 seconds since the epoch, the largest "
                                + "number every JSON parser reads exactly"),
                refusal("a ttl past the last instant",
                        () -> join(RoomTokenRequest.forRoom("r").identity("u").ttl(Duration.ofSeconds(Long.MAX_VALUE))),
                        "ttl", "is too long: exp would be after 9007199254740991 seconds since the epoch, the largest "
                                + "number every JSON parser reads exactly"),
                refusal("a notBefore at the expiry",
                        () -> join(RoomTokenRequest.forRoom("r")
                            .identity("u")
                            .ttl(Duration.ofMinutes(1))
                            .options(LiveKitTokenOptions.builder().notBefore(NOW.plusSeconds(60)).build())),
                        "notBefore", "must be before the token's expiry (2026-11-23T10:01:00Z)"),
                refusal("no publish source", () -> LiveKitTokenOptions.builder().canPublishSources().build(),
                        "canPublishSources",
                        "must name at least one source when set (LiveKit reads an empty list as every source)"),
                refusal("a blank destination room", () -> LiveKitTokenOptions.builder().destinationRoom(" ").build(),
                        "destinationRoom", "must not be blank when set"),
                refusal("a destination room of 257 bytes",
                        () -> LiveKitTokenOptions.builder().destinationRoom("x".repeat(257)).build(), "destinationRoom",
                        "must be at most 256 bytes in UTF-8 (was 257)"),
                refusal("metadata of 64001 bytes",
                        () -> LiveKitTokenOptions.builder().metadata("ü".repeat(32_000) + "!").build(), "metadata",
                        "must be at most 64000 bytes in UTF-8 (was 64001)"),
                refusal("an attribute with an empty key",
                        () -> LiveKitTokenOptions.builder().attributes(Map.of("", "v")).build(), "attributes",
                        "must have non-empty keys and non-null values"),
                refusal("an attribute without a value",
                        () -> LiveKitTokenOptions.builder().attributes(nullValued("k")).build(), "attributes",
                        "must have non-empty keys and non-null values"),
                refusal("attributes of 64001 bytes",
                        () -> LiveKitTokenOptions.builder()
                            .attributes(Map.of("k1", "v".repeat(32_000), "k2", "w".repeat(31_997)))
                            .build(),
                        "attributes", "must be at most 64000 bytes in UTF-8, keys and values together (was 64001)"),
                refusal("a blank room preset", () -> LiveKitTokenOptions.builder().roomPreset("").build(), "roomPreset",
                        "must not be blank when set"),
                refusal("a blank room config name", () -> LiveKitRoomConfiguration.builder().name(" ").build(),
                        "roomConfig.name", "must not be blank when set"),
                refusal("an empty timeout in part seconds",
                        () -> LiveKitRoomConfiguration.builder().emptyTimeout(Duration.ofMillis(1500)).build(),
                        "roomConfig.emptyTimeout", "must be a whole number of seconds from 0 to 4294967295"),
                refusal("a negative departure timeout",
                        () -> LiveKitRoomConfiguration.builder().departureTimeout(Duration.ofSeconds(-1)).build(),
                        "roomConfig.departureTimeout", "must be a whole number of seconds from 0 to 4294967295"),
                refusal("an empty timeout past uint32",
                        () -> LiveKitRoomConfiguration.builder().emptyTimeout(Duration.ofSeconds(4_294_967_296L)).build(),
                        "roomConfig.emptyTimeout", "must be between 0 and 4294967295 seconds (was 4294967296)"),
                refusal("a negative participant limit",
                        () -> LiveKitRoomConfiguration.builder().maxParticipants(-1).build(),
                        "roomConfig.maxParticipants", "must not be negative (0 means no limit)"),
                refusal("room metadata of 64001 bytes",
                        () -> LiveKitRoomConfiguration.builder().metadata("m".repeat(64_001)).build(),
                        "roomConfig.metadata", "must be at most 64000 bytes in UTF-8 (was 64001)"),
                refusal("a playout delay in part milliseconds",
                        () -> LiveKitRoomConfiguration.builder().minPlayoutDelay(Duration.ofNanos(1_500_000)).build(),
                        "roomConfig.minPlayoutDelay", "must be a whole number of milliseconds from 0 to 4294967295"),
                refusal("a playout delay past uint32",
                        () -> LiveKitRoomConfiguration.builder().maxPlayoutDelay(Duration.ofMillis(4_294_967_296L)).build(),
                        "roomConfig.maxPlayoutDelay", "must be between 0 and 4294967295 milliseconds (was 4294967296)"),
                refusal("a tag with an empty key", () -> LiveKitRoomConfiguration.builder().tags(Map.of("", "v")).build(),
                        "roomConfig.tags", "must have non-empty keys and non-null values"),
                refusal("a blank agent name", () -> LiveKitAgentDispatch.named(" "), "roomConfig.agents.agentName",
                        "must not be blank"),
                refusal("agent metadata of 64001 bytes",
                        () -> new LiveKitAgentDispatch("a", "m".repeat(64_001), null), "roomConfig.agents.metadata",
                        "must be at most 64000 bytes in UTF-8 (was 64001)"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void isRefusedNamingTheFieldAndTheRule(Supplier<?> attempt, String field, String rule) {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class).isThrownBy(attempt::get)
            .satisfies((ex) -> {
                assertThat(ex.field()).isEqualTo(field);
                assertThat(ex.rule()).isEqualTo(rule);
                assertThat(ex).hasMessage(field + " " + rule);
                assertThat(ex.isRetryable()).isFalse();
            });
    }

    @Test
    void everyLimitsLastAcceptedValueIsSigned() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("k1", "v".repeat(32_000));
        attributes.put("k2", "w".repeat(31_996));
        LiveKitTokenOptions options = LiveKitTokenOptions.builder()
            .metadata("ü".repeat(32_000))
            .attributes(attributes)
            .destinationRoom("x".repeat(256))
            .notBefore(NOW.plusSeconds(59))
            .roomConfig(LiveKitRoomConfiguration.builder()
                .emptyTimeout(Duration.ofSeconds(4_294_967_295L))
                .maxPlayoutDelay(Duration.ofMillis(4_294_967_295L))
                .metadata("m".repeat(64_000))
                .build())
            .build();

        String token = this.issuer.prepareCreate(RoomTokenRequest.forRoom("é".repeat(128))
            .identity("€".repeat(85) + "a")
            .displayName("🎥".repeat(64))
            .ttl(Duration.ofMinutes(1))
            .options(options)
            .build()).sign().token();

        assertThat(DecodedJwt.of(token).isSignedWith(LiveKitFixtures.API_SECRET)).isTrue();
        assertThat(DecodedJwt.of(token).claims().get("sub")).isEqualTo("€".repeat(85) + "a");
    }

    @Test
    void theLastExpiryEveryJsonParserReadsIsSigned() {
        String token = this.issuer.prepareCreate(RoomTokenRequest.forRoom("r")
            .identity("u")
            .ttl(Duration.ofSeconds(MAX_EPOCH_SECOND - NOW.getEpochSecond()))
            .build()).sign().token();

        assertThat(((Number) DecodedJwt.of(token).claims().get("exp")).longValue()).isEqualTo(MAX_EPOCH_SECOND);
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
        RoomTokenOptions foreign = new RoomTokenOptions() {
            @Override
            public String toString() {
                return "foreign";
            }
        };
        RoomTokenRequest request = RoomTokenRequest.forRoom("r").identity("u").options(foreign).build();

        assertThatIllegalArgumentException().isThrownBy(() -> this.issuer.prepareCreate(request))
            .withMessageEndingWith(" cannot be used with LiveKit; use LiveKitTokenOptions");
    }

    private static Arguments refusal(String name, Supplier<?> attempt, String field, String rule) {
        return Arguments.of(Named.of(name, attempt), field, rule);
    }

    private static Object join(RoomTokenRequest.Builder request) {
        return LiveKitFixtures.issuer().prepareCreate(request.build());
    }

    private static Map<String, String> nullValued(String key) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(key, null);
        return attributes;
    }
}
