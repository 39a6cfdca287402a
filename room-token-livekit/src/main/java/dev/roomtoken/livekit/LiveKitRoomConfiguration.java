package dev.roomtoken.livekit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.signing.JsonClaimsWriter;
import org.jspecify.annotations.Nullable;

/**
 * How LiveKit sets up a room that the token's holder creates by joining it: the token's
 * {@code roomConfig} claim, LiveKit's {@code RoomConfiguration} message. A field left unset is not
 * written, so the server's own setting applies. Written with protobuf's field names
 * ({@code empty_timeout}, ...) as LiveKit's Java and Kotlin SDK writes them; the server reads the
 * claim with protobuf's JSON parser, which takes them. Its {@code egress} field is left out on
 * purpose: it carries storage credentials, which a token handed to a client must not, and the
 * server warns about tokens that carry them. Immutable; build with {@link #builder()}.
 *
 * @since 0.1.0
 */
public final class LiveKitRoomConfiguration {

    private final @Nullable String name;

    private final @Nullable Duration emptyTimeout;

    private final @Nullable Duration departureTimeout;

    private final @Nullable Integer maxParticipants;

    private final @Nullable String metadata;

    private final @Nullable Duration minPlayoutDelay;

    private final @Nullable Duration maxPlayoutDelay;

    private final @Nullable Boolean syncStreams;

    private final List<LiveKitAgentDispatch> agents;

    private final Map<String, String> tags;

    private final Map<String, Object> claim;

    private final byte[] json;

    private LiveKitRoomConfiguration(Builder builder) {
        this.name = builder.name;
        this.emptyTimeout = builder.emptyTimeout;
        this.departureTimeout = builder.departureTimeout;
        this.maxParticipants = builder.maxParticipants;
        this.metadata = builder.metadata;
        this.minPlayoutDelay = builder.minPlayoutDelay;
        this.maxPlayoutDelay = builder.maxPlayoutDelay;
        this.syncStreams = builder.syncStreams;
        this.agents = List.copyOf(builder.agents);
        this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(builder.tags));
        this.claim = Collections.unmodifiableMap(claim());
        this.json = new JsonClaimsWriter(256).value(this.claim).toByteArray();
    }

    /**
     * Starts building a room configuration.
     * @return a builder with every field unset
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The room's name in the configuration. LiveKit names the room after the token's grant.
     * @return the name, or {@code null}
     */
    public @Nullable String name() {
        return this.name;
    }

    /**
     * How long the room stays open when nobody joins it.
     * @return whole seconds, or {@code null} for the server's setting
     */
    public @Nullable Duration emptyTimeout() {
        return this.emptyTimeout;
    }

    /**
     * How long the room stays open after everyone left.
     * @return whole seconds, or {@code null} for the server's setting
     */
    public @Nullable Duration departureTimeout() {
        return this.departureTimeout;
    }

    /**
     * The most participants the room takes, agents and egress not counted.
     * @return the limit, 0 for none, or {@code null} for the server's setting
     */
    public @Nullable Integer maxParticipants() {
        return this.maxParticipants;
    }

    /**
     * The room's metadata.
     * @return the metadata, or {@code null}
     */
    public @Nullable String metadata() {
        return this.metadata;
    }

    /**
     * The least playout delay of subscribers.
     * @return whole milliseconds, or {@code null}
     */
    public @Nullable Duration minPlayoutDelay() {
        return this.minPlayoutDelay;
    }

    /**
     * The most playout delay of subscribers.
     * @return whole milliseconds, or {@code null}
     */
    public @Nullable Duration maxPlayoutDelay() {
        return this.maxPlayoutDelay;
    }

    /**
     * Whether audio and video are kept in sync at the cost of transceiver reuse.
     * @return the setting, or {@code null} for LiveKit's default (off)
     */
    public @Nullable Boolean syncStreams() {
        return this.syncStreams;
    }

    /**
     * The agents dispatched to the room.
     * @return the agents, in order; empty for none
     */
    public List<LiveKitAgentDispatch> agents() {
        return this.agents;
    }

    /**
     * The tags attached to the room.
     * @return the tags, in order; empty for none
     */
    public Map<String, String> tags() {
        return this.tags;
    }

    /** The configuration as the {@code roomConfig} claim's value. */
    Map<String, Object> claimValue() {
        return this.claim;
    }

    /** {@link #claimValue()} as JSON, written once; never changed by its readers. */
    byte[] json() {
        return this.json;
    }

    private Map<String, Object> claim() {
        Map<String, Object> claim = new LinkedHashMap<>();
        putIfSet(claim, "name", this.name);
        putIfSet(claim, "empty_timeout", (this.emptyTimeout != null) ? this.emptyTimeout.toSeconds() : null);
        putIfSet(claim, "departure_timeout",
                (this.departureTimeout != null) ? this.departureTimeout.toSeconds() : null);
        putIfSet(claim, "max_participants", this.maxParticipants);
        putIfSet(claim, "metadata", this.metadata);
        putIfSet(claim, "min_playout_delay", (this.minPlayoutDelay != null) ? this.minPlayoutDelay.toMillis() : null);
        putIfSet(claim, "max_playout_delay", (this.maxPlayoutDelay != null) ? this.maxPlayoutDelay.toMillis() : null);
        putIfSet(claim, "sync_streams", this.syncStreams);
        if (!this.agents.isEmpty()) {
            List<Map<String, Object>> agentClaims = new ArrayList<>();
            this.agents.forEach((agent) -> agentClaims.add(Collections.unmodifiableMap(agent.claim())));
            claim.put("agents", Collections.unmodifiableList(agentClaims));
        }
        if (!this.tags.isEmpty()) {
            claim.put("tags", this.tags);
        }
        return claim;
    }

    private static void putIfSet(Map<String, Object> claim, String name, @Nullable Object value) {
        if (value != null) {
            claim.put(name, value);
        }
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LiveKitRoomConfiguration that && this.claim.equals(that.claim);
    }

    @Override
    public int hashCode() {
        return this.claim.hashCode();
    }

    @Override
    public String toString() {
        return "LiveKitRoomConfiguration" + this.claim;
    }

    /**
     * Builds a {@link LiveKitRoomConfiguration}. Not thread-safe; what it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private @Nullable String name;

        private @Nullable Duration emptyTimeout;

        private @Nullable Duration departureTimeout;

        private @Nullable Integer maxParticipants;

        private @Nullable String metadata;

        private @Nullable Duration minPlayoutDelay;

        private @Nullable Duration maxPlayoutDelay;

        private @Nullable Boolean syncStreams;

        private final List<LiveKitAgentDispatch> agents = new ArrayList<>();

        private final Map<String, String> tags = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets the room's name in the configuration.
         * @param name a non-blank name
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets how long the room stays open when nobody joins it.
         * @param emptyTimeout whole seconds, 0 to 4294967295
         * @return this builder
         */
        public Builder emptyTimeout(@Nullable Duration emptyTimeout) {
            this.emptyTimeout = emptyTimeout;
            return this;
        }

        /**
         * Sets how long the room stays open after everyone left.
         * @param departureTimeout whole seconds, 0 to 4294967295
         * @return this builder
         */
        public Builder departureTimeout(@Nullable Duration departureTimeout) {
            this.departureTimeout = departureTimeout;
            return this;
        }

        /**
         * Sets the most participants the room takes, agents and egress not counted.
         * @param maxParticipants 0 (no limit) or more
         * @return this builder
         */
        public Builder maxParticipants(@Nullable Integer maxParticipants) {
            this.maxParticipants = maxParticipants;
            return this;
        }

        /**
         * Sets the room's metadata.
         * @param metadata at most 64000 bytes in UTF-8
         * @return this builder
         */
        public Builder metadata(@Nullable String metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Sets the least playout delay of subscribers.
         * @param minPlayoutDelay whole milliseconds, 0 to 4294967295
         * @return this builder
         */
        public Builder minPlayoutDelay(@Nullable Duration minPlayoutDelay) {
            this.minPlayoutDelay = minPlayoutDelay;
            return this;
        }

        /**
         * Sets the most playout delay of subscribers.
         * @param maxPlayoutDelay whole milliseconds, 0 to 4294967295
         * @return this builder
         */
        public Builder maxPlayoutDelay(@Nullable Duration maxPlayoutDelay) {
            this.maxPlayoutDelay = maxPlayoutDelay;
            return this;
        }

        /**
         * Sets whether audio and video are kept in sync at the cost of transceiver reuse.
         * @param syncStreams LiveKit's default is {@code false}
         * @return this builder
         */
        public Builder syncStreams(@Nullable Boolean syncStreams) {
            this.syncStreams = syncStreams;
            return this;
        }

        /**
         * Adds agents to dispatch to the room.
         * @param agents the agents
         * @return this builder
         */
        public Builder agents(LiveKitAgentDispatch... agents) {
            for (LiveKitAgentDispatch agent : agents) {
                this.agents.add(Objects.requireNonNull(agent, "agent"));
            }
            return this;
        }

        /**
         * Adds tags to attach to the room.
         * @param tags the tags, added in their order
         * @return this builder
         */
        public Builder tags(Map<String, String> tags) {
            this.tags.putAll(tags);
            return this;
        }

        /**
         * Builds the configuration, checking every field.
         * @return the configuration
         * @throws InvalidRoomTokenRequestException naming the first field that breaks a rule
         */
        public LiveKitRoomConfiguration build() {
            if (this.name != null && this.name.isBlank()) {
                throw new InvalidRoomTokenRequestException("roomConfig.name", "must not be blank when set");
            }
            checkWhole("roomConfig.emptyTimeout", this.emptyTimeout, Duration.ofSeconds(1), "seconds");
            checkWhole("roomConfig.departureTimeout", this.departureTimeout, Duration.ofSeconds(1), "seconds");
            if (this.maxParticipants != null && this.maxParticipants < 0) {
                throw new InvalidRoomTokenRequestException("roomConfig.maxParticipants",
                        "must not be negative (0 means no limit)");
            }
            if (this.metadata != null) {
                LiveKitLimits.checkBytes("roomConfig.metadata", this.metadata, LiveKitLimits.MAX_METADATA_BYTES);
            }
            checkWhole("roomConfig.minPlayoutDelay", this.minPlayoutDelay, Duration.ofMillis(1), "milliseconds");
            checkWhole("roomConfig.maxPlayoutDelay", this.maxPlayoutDelay, Duration.ofMillis(1), "milliseconds");
            this.tags.forEach((key, value) -> {
                if (key == null || key.isEmpty() || value == null) {
                    throw new InvalidRoomTokenRequestException("roomConfig.tags",
                            "must have non-empty keys and non-null values");
                }
            });
            return new LiveKitRoomConfiguration(this);
        }

        private static void checkWhole(String field, @Nullable Duration value, Duration unit, String unitName) {
            if (value == null) {
                return;
            }
            if (value.isNegative() || !value.equals(unit.multipliedBy(value.dividedBy(unit)))) {
                throw new InvalidRoomTokenRequestException(field, "must be a whole number of " + unitName
                        + " from 0 to " + LiveKitLimits.MAX_UINT32);
            }
            LiveKitLimits.checkUint32(field, value.dividedBy(unit), unitName);
        }
    }
}
