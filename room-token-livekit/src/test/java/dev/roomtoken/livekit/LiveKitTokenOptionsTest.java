package dev.roomtoken.livekit;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The options' values, how request options merge over the configured defaults, and that what is
 * built does not change with its builder.
 */
class LiveKitTokenOptionsTest {

    @Test
    void unsetFieldsAreNullAndNoneIsEmpty() {
        LiveKitTokenOptions none = LiveKitTokenOptions.none();

        assertThat(none).isEqualTo(LiveKitTokenOptions.builder().build());
        assertThat(none.roomJoin()).isNull();
        assertThat(none.canPublish()).isNull();
        assertThat(none.canPublishSources()).isNull();
        assertThat(none.attributes()).isNull();
        assertThat(none.roomConfig()).isNull();
        assertThat(none.notBefore()).isNull();
    }

    @Test
    void everyGrantReadsBackAsSet() {
        LiveKitTokenOptions options = LiveKitTokenOptions.builder()
            .roomJoin(false)
            .roomCreate(true)
            .roomList(false)
            .roomRecord(true)
            .roomAdmin(false)
            .ingressAdmin(true)
            .canPublish(false)
            .canSubscribe(true)
            .canPublishData(false)
            .canUpdateOwnMetadata(true)
            .hidden(false)
            .recorder(true)
            .agent(false)
            .build();

        assertThat(List.of(options.roomJoin(), options.roomCreate(), options.roomList(), options.roomRecord(),
                options.roomAdmin(), options.ingressAdmin(), options.canPublish(), options.canSubscribe(),
                options.canPublishData(), options.canUpdateOwnMetadata(), options.hidden(), options.recorder(),
                options.agent()))
            .containsExactly(false, true, false, true, false, true, false, true, false, true, false, true, false);
    }

    @Test
    void aGrantSetBackToNullIsUnset() {
        assertThat(LiveKitTokenOptions.builder().canPublish(true).canPublish(null).build())
            .isEqualTo(LiveKitTokenOptions.none());
    }

    @Test
    void requestOptionsWinAndUnsetOnesTakeTheDefaults() {
        LiveKitRoomConfiguration roomConfig = LiveKitRoomConfiguration.builder().maxParticipants(3).build();
        LiveKitTokenOptions defaults = LiveKitTokenOptions.builder()
            .canPublish(false)
            .canSubscribe(false)
            .canPublishSources(LiveKitTrackSource.MICROPHONE)
            .metadata("default")
            .attributes(Map.of("a", "1", "b", "2"))
            .roomPreset("preset")
            .roomConfig(roomConfig)
            .destinationRoom("elsewhere")
            .notBefore(Instant.EPOCH)
            .build();
        LiveKitTokenOptions request = LiveKitTokenOptions.builder()
            .canPublish(true)
            .hidden(true)
            .attributes(Map.of("c", "3"))
            .build();

        LiveKitTokenOptions merged = request.withDefaults(defaults);

        assertThat(merged.canPublish()).isTrue();
        assertThat(merged.canSubscribe()).isFalse();
        assertThat(merged.hidden()).isTrue();
        assertThat(merged.canPublishSources()).containsExactly(LiveKitTrackSource.MICROPHONE);
        assertThat(merged.metadata()).isEqualTo("default");
        assertThat(merged.attributes()).as("taken whole, not merged").containsExactly(Map.entry("c", "3"));
        assertThat(merged.roomPreset()).isEqualTo("preset");
        assertThat(merged.roomConfig()).isSameAs(roomConfig);
        assertThat(merged.destinationRoom()).isEqualTo("elsewhere");
        assertThat(merged.notBefore()).isEqualTo(Instant.EPOCH);
        assertThat(request.withDefaults(LiveKitTokenOptions.none())).isSameAs(request);
    }

    @Test
    void whatIsBuiltDoesNotChangeWithItsBuilderOrItsInputs() {
        Map<String, String> attributes = new HashMap<>(Map.of("a", "1"));
        LiveKitTokenOptions.Builder builder = LiveKitTokenOptions.builder()
            .attributes(attributes)
            .canPublishSources(LiveKitTrackSource.CAMERA);
        LiveKitTokenOptions built = builder.build();

        attributes.put("b", "2");
        builder.canPublishSources(LiveKitTrackSource.MICROPHONE).canPublish(true);

        assertThat(built.attributes()).containsExactly(Map.entry("a", "1"));
        assertThat(built.canPublishSources()).containsExactly(LiveKitTrackSource.CAMERA);
        assertThat(built.canPublish()).isNull();
        assertThatExceptionOfType(UnsupportedOperationException.class)
            .isThrownBy(() -> built.attributes().put("c", "3"));
    }

    @Test
    void equalOptionsAreEqualAndPrintTheirFields() {
        LiveKitTokenOptions one = LiveKitTokenOptions.builder()
            .canPublish(false)
            .metadata("m")
            .roomConfig(LiveKitRoomConfiguration.builder().emptyTimeout(Duration.ofMinutes(1)).build())
            .build();
        LiveKitTokenOptions two = LiveKitTokenOptions.builder()
            .metadata("m")
            .canPublish(false)
            .roomConfig(LiveKitRoomConfiguration.builder().emptyTimeout(Duration.ofSeconds(60)).build())
            .build();

        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two).isNotEqualTo(LiveKitTokenOptions.none());
        assertThat(one).hasToString("LiveKitTokenOptions[canPublish=false, canPublishSources=null, "
                + "destinationRoom=null, metadata=m, attributes=null, roomPreset=null, "
                + "roomConfig=LiveKitRoomConfiguration{empty_timeout=60}, notBefore=null]");
    }

    @Test
    void aRoomConfigurationReadsBackAsSet() {
        LiveKitAgentDispatch agent = new LiveKitAgentDispatch("a", "m", LiveKitJobRestartPolicy.NEVER);
        LiveKitRoomConfiguration config = LiveKitRoomConfiguration.builder()
            .name("n")
            .emptyTimeout(Duration.ofSeconds(1))
            .departureTimeout(Duration.ofSeconds(2))
            .maxParticipants(3)
            .metadata("md")
            .minPlayoutDelay(Duration.ofMillis(4))
            .maxPlayoutDelay(Duration.ofMillis(5))
            .syncStreams(true)
            .agents(agent)
            .tags(Map.of("t", "v"))
            .build();

        assertThat(List.of(config.name(), config.emptyTimeout(), config.departureTimeout(), config.maxParticipants(),
                config.metadata(), config.minPlayoutDelay(), config.maxPlayoutDelay(), config.syncStreams()))
            .containsExactly("n", Duration.ofSeconds(1), Duration.ofSeconds(2), 3, "md", Duration.ofMillis(4),
                    Duration.ofMillis(5), true);
        assertThat(config.agents()).containsExactly(agent);
        assertThat(config.tags()).containsExactly(Map.entry("t", "v"));
        assertThat(config.claimValue()).containsKeys("name", "empty_timeout", "departure_timeout", "max_participants",
                "metadata", "min_playout_delay", "max_playout_delay", "sync_streams", "agents", "tags");
        assertThat(LiveKitRoomConfiguration.builder().build().claimValue()).isEmpty();
    }

    @Test
    void sourcesAndPoliciesHaveLiveKitsNames() {
        assertThat(List.of(LiveKitTrackSource.values()).stream().map(LiveKitTrackSource::claimValue))
            .containsExactly("camera", "microphone", "screen_share", "screen_share_audio");
        assertThat(List.of(LiveKitJobRestartPolicy.values()).stream().map(LiveKitJobRestartPolicy::claimValue))
            .containsExactly("JRP_ON_FAILURE", "JRP_NEVER");
    }
}
