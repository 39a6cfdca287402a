package dev.roomtoken.livekit;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenOptions;
import org.jspecify.annotations.Nullable;

/**
 * Every LiveKit access token claim and grant that is not portable: the permissions of the
 * {@code video} grant, the participant's {@code metadata} and {@code attributes}, and the
 * {@code roomPreset} and {@code roomConfig} of a room the holder creates. A field left
 * {@code null} is not written, so the configured default, or else LiveKit's own default, applies.
 * Every rule is checked when the options are built. Immutable and thread-safe; build with
 * {@link #builder()}.
 *
 * <p>LiveKit's defaults for a grant left out: {@code canPublish}, {@code canSubscribe} and
 * {@code canPublishData} are allowed, {@code canUpdateOwnMetadata} and every admin grant are not.
 * {@code roomJoin} is {@code true} unless set to {@code false} here: a token from a
 * {@link dev.roomtoken.RoomTokenRequest} is a join token unless asked otherwise.
 *
 * @since 0.1.0
 */
public final class LiveKitTokenOptions implements RoomTokenOptions {

    private static final LiveKitTokenOptions NONE = builder().build();

    private final Map<LiveKitGrant, Boolean> grants;

    private final @Nullable List<LiveKitTrackSource> canPublishSources;

    private final @Nullable String destinationRoom;

    private final @Nullable String metadata;

    private final @Nullable Map<String, String> attributes;

    private final @Nullable String roomPreset;

    private final @Nullable LiveKitRoomConfiguration roomConfig;

    private final @Nullable Instant notBefore;

    private final byte[] claimsTail;

    private LiveKitTokenOptions(Map<LiveKitGrant, Boolean> grants, @Nullable List<LiveKitTrackSource> canPublishSources,
            @Nullable String destinationRoom, @Nullable String metadata, @Nullable Map<String, String> attributes,
            @Nullable String roomPreset, @Nullable LiveKitRoomConfiguration roomConfig, @Nullable Instant notBefore) {
        this.grants = grants;
        this.canPublishSources = canPublishSources;
        this.destinationRoom = destinationRoom;
        this.metadata = metadata;
        this.attributes = attributes;
        this.roomPreset = roomPreset;
        this.roomConfig = roomConfig;
        this.notBefore = notBefore;
        this.claimsTail = LiveKitClaims.optionsTail(this);
    }

    /**
     * Starts building options.
     * @return a builder with every field unset
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Options with every field unset, so LiveKit's defaults apply.
     * @return the empty options
     */
    public static LiveKitTokenOptions none() {
        return NONE;
    }

    /**
     * Whether the holder may join the room ({@code roomJoin}).
     * @return the grant, or {@code null} when unset (a join token)
     */
    public @Nullable Boolean roomJoin() {
        return grant(LiveKitGrant.ROOM_JOIN);
    }

    /**
     * Whether the holder may create rooms ({@code roomCreate}).
     * @return the grant, or {@code null} when unset
     */
    public @Nullable Boolean roomCreate() {
        return grant(LiveKitGrant.ROOM_CREATE);
    }

    /**
     * Whether the holder may list rooms ({@code roomList}).
     * @return the grant, or {@code null} when unset
     */
    public @Nullable Boolean roomList() {
        return grant(LiveKitGrant.ROOM_LIST);
    }

    /**
     * Whether the holder may use the Egress service to record ({@code roomRecord}).
     * @return the grant, or {@code null} when unset
     */
    public @Nullable Boolean roomRecord() {
        return grant(LiveKitGrant.ROOM_RECORD);
    }

    /**
     * Whether the holder may moderate the room ({@code roomAdmin}).
     * @return the grant, or {@code null} when unset
     */
    public @Nullable Boolean roomAdmin() {
        return grant(LiveKitGrant.ROOM_ADMIN);
    }

    /**
     * Whether the holder may manage ingress ({@code ingressAdmin}).
     * @return the grant, or {@code null} when unset
     */
    public @Nullable Boolean ingressAdmin() {
        return grant(LiveKitGrant.INGRESS_ADMIN);
    }

    /**
     * Whether the holder may publish tracks ({@code canPublish}).
     * @return the grant, or {@code null} when unset (allowed)
     */
    public @Nullable Boolean canPublish() {
        return grant(LiveKitGrant.CAN_PUBLISH);
    }

    /**
     * Whether the holder may subscribe to others' tracks ({@code canSubscribe}).
     * @return the grant, or {@code null} when unset (allowed)
     */
    public @Nullable Boolean canSubscribe() {
        return grant(LiveKitGrant.CAN_SUBSCRIBE);
    }

    /**
     * Whether the holder may publish data messages ({@code canPublishData}).
     * @return the grant, or {@code null} when unset (as {@code canPublish})
     */
    public @Nullable Boolean canPublishData() {
        return grant(LiveKitGrant.CAN_PUBLISH_DATA);
    }

    /**
     * Whether the holder may update its own name, metadata and attributes
     * ({@code canUpdateOwnMetadata}).
     * @return the grant, or {@code null} when unset (not allowed)
     */
    public @Nullable Boolean canUpdateOwnMetadata() {
        return grant(LiveKitGrant.CAN_UPDATE_OWN_METADATA);
    }

    /**
     * Whether the holder is hidden from other participants ({@code hidden}).
     * @return the grant, or {@code null} when unset
     */
    public @Nullable Boolean hidden() {
        return grant(LiveKitGrant.HIDDEN);
    }

    /**
     * Whether the holder records the room, which the room then shows ({@code recorder}).
     * @return the grant, or {@code null} when unset
     */
    public @Nullable Boolean recorder() {
        return grant(LiveKitGrant.RECORDER);
    }

    /**
     * Whether the holder may connect as an Agents framework worker ({@code agent}).
     * @return the grant, or {@code null} when unset
     */
    public @Nullable Boolean agent() {
        return grant(LiveKitGrant.AGENT);
    }

    /**
     * The only sources the holder may publish ({@code canPublishSources}); when set, it supersedes
     * {@code canPublish}.
     * @return the sources, in order and never empty, or {@code null} when unset (every source)
     */
    public @Nullable List<LiveKitTrackSource> canPublishSources() {
        return this.canPublishSources;
    }

    /**
     * The room the holder may forward itself to ({@code destinationRoom}).
     * @return the room, or {@code null} when unset
     */
    public @Nullable String destinationRoom() {
        return this.destinationRoom;
    }

    /**
     * The participant's metadata, visible to the room ({@code metadata}).
     * @return the metadata, or {@code null} when unset
     */
    public @Nullable String metadata() {
        return this.metadata;
    }

    /**
     * The participant's attributes ({@code attributes}).
     * @return the attributes, in order, or {@code null} when unset
     */
    public @Nullable Map<String, String> attributes() {
        return this.attributes;
    }

    /**
     * The name of a room preset, on LiveKit Cloud, for a room the holder creates
     * ({@code roomPreset}); {@link #roomConfig()} overrides its settings.
     * @return the preset, or {@code null} when unset
     */
    public @Nullable String roomPreset() {
        return this.roomPreset;
    }

    /**
     * How LiveKit sets up a room the holder creates ({@code roomConfig}).
     * @return the configuration, or {@code null} when unset
     */
    public @Nullable LiveKitRoomConfiguration roomConfig() {
        return this.roomConfig;
    }

    /**
     * The instant before which the token is not valid ({@code nbf}).
     * @return the instant, or {@code null} for the moment the token is signed
     */
    public @Nullable Instant notBefore() {
        return this.notBefore;
    }

    /**
     * Merges these options over defaults: each field set here wins, each field left unset takes
     * the default's value. Collections and the room configuration are taken whole, never merged.
     * @param defaults the defaults, for example from properties
     * @return the merged options
     */
    public LiveKitTokenOptions withDefaults(LiveKitTokenOptions defaults) {
        if (defaults.equals(NONE)) {
            return this;
        }
        Map<LiveKitGrant, Boolean> merged = new EnumMap<>(LiveKitGrant.class);
        merged.putAll(defaults.grants);
        merged.putAll(this.grants);
        return new LiveKitTokenOptions(Collections.unmodifiableMap(merged),
                pick(this.canPublishSources, defaults.canPublishSources),
                pick(this.destinationRoom, defaults.destinationRoom), pick(this.metadata, defaults.metadata),
                pick(this.attributes, defaults.attributes), pick(this.roomPreset, defaults.roomPreset),
                pick(this.roomConfig, defaults.roomConfig), pick(this.notBefore, defaults.notBefore));
    }

    private static <T> @Nullable T pick(@Nullable T value, @Nullable T fallback) {
        return (value != null) ? value : fallback;
    }

    private @Nullable Boolean grant(LiveKitGrant grant) {
        return this.grants.get(grant);
    }

    /** The claims these options write, from the video grant's {@code roomJoin} on, as JSON; never changed. */
    byte[] claimsTail() {
        return this.claimsTail;
    }

    /** The grants that are set, in claim order. */
    Map<LiveKitGrant, Boolean> grants() {
        return this.grants;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LiveKitTokenOptions that && this.grants.equals(that.grants)
                && Objects.equals(this.canPublishSources, that.canPublishSources)
                && Objects.equals(this.destinationRoom, that.destinationRoom)
                && Objects.equals(this.metadata, that.metadata) && Objects.equals(this.attributes, that.attributes)
                && Objects.equals(this.roomPreset, that.roomPreset) && Objects.equals(this.roomConfig, that.roomConfig)
                && Objects.equals(this.notBefore, that.notBefore);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.grants, this.canPublishSources, this.destinationRoom, this.metadata, this.attributes,
                this.roomPreset, this.roomConfig, this.notBefore);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("LiveKitTokenOptions[");
        this.grants.forEach((grant, value) -> text.append(grant.claimName()).append('=').append(value).append(", "));
        return text.append("canPublishSources=").append(this.canPublishSources)
            .append(", destinationRoom=").append(this.destinationRoom)
            .append(", metadata=").append(this.metadata)
            .append(", attributes=").append(this.attributes)
            .append(", roomPreset=").append(this.roomPreset)
            .append(", roomConfig=").append(this.roomConfig)
            .append(", notBefore=").append(this.notBefore)
            .append(']')
            .toString();
    }

    /**
     * Builds {@link LiveKitTokenOptions}. Not thread-safe; the options it builds are.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final Map<LiveKitGrant, Boolean> grants = new EnumMap<>(LiveKitGrant.class);

        private @Nullable Set<LiveKitTrackSource> canPublishSources;

        private @Nullable String destinationRoom;

        private @Nullable String metadata;

        private @Nullable Map<String, String> attributes;

        private @Nullable String roomPreset;

        private @Nullable LiveKitRoomConfiguration roomConfig;

        private @Nullable Instant notBefore;

        private Builder() {
        }

        private Builder grant(LiveKitGrant grant, @Nullable Boolean value) {
            if (value != null) {
                this.grants.put(grant, value);
            }
            else {
                this.grants.remove(grant);
            }
            return this;
        }

        /**
         * Sets whether the holder may join the room; {@code false} mints a token for the other
         * grants alone, which then needs no identity.
         * @param roomJoin unset means {@code true}
         * @return this builder
         */
        public Builder roomJoin(@Nullable Boolean roomJoin) {
            return grant(LiveKitGrant.ROOM_JOIN, roomJoin);
        }

        /**
         * Sets whether the holder may create rooms.
         * @param roomCreate the grant
         * @return this builder
         */
        public Builder roomCreate(@Nullable Boolean roomCreate) {
            return grant(LiveKitGrant.ROOM_CREATE, roomCreate);
        }

        /**
         * Sets whether the holder may list rooms.
         * @param roomList the grant
         * @return this builder
         */
        public Builder roomList(@Nullable Boolean roomList) {
            return grant(LiveKitGrant.ROOM_LIST, roomList);
        }

        /**
         * Sets whether the holder may use the Egress service to record.
         * @param roomRecord the grant
         * @return this builder
         */
        public Builder roomRecord(@Nullable Boolean roomRecord) {
            return grant(LiveKitGrant.ROOM_RECORD, roomRecord);
        }

        /**
         * Sets whether the holder may moderate the room.
         * @param roomAdmin the grant
         * @return this builder
         */
        public Builder roomAdmin(@Nullable Boolean roomAdmin) {
            return grant(LiveKitGrant.ROOM_ADMIN, roomAdmin);
        }

        /**
         * Sets whether the holder may manage ingress.
         * @param ingressAdmin the grant
         * @return this builder
         */
        public Builder ingressAdmin(@Nullable Boolean ingressAdmin) {
            return grant(LiveKitGrant.INGRESS_ADMIN, ingressAdmin);
        }

        /**
         * Sets whether the holder may publish tracks.
         * @param canPublish LiveKit's default is {@code true}
         * @return this builder
         */
        public Builder canPublish(@Nullable Boolean canPublish) {
            return grant(LiveKitGrant.CAN_PUBLISH, canPublish);
        }

        /**
         * Sets whether the holder may subscribe to others' tracks.
         * @param canSubscribe LiveKit's default is {@code true}
         * @return this builder
         */
        public Builder canSubscribe(@Nullable Boolean canSubscribe) {
            return grant(LiveKitGrant.CAN_SUBSCRIBE, canSubscribe);
        }

        /**
         * Sets whether the holder may publish data messages.
         * @param canPublishData LiveKit's default is {@code canPublish}'s value
         * @return this builder
         */
        public Builder canPublishData(@Nullable Boolean canPublishData) {
            return grant(LiveKitGrant.CAN_PUBLISH_DATA, canPublishData);
        }

        /**
         * Sets whether the holder may update its own name, metadata and attributes.
         * @param canUpdateOwnMetadata LiveKit's default is {@code false}
         * @return this builder
         */
        public Builder canUpdateOwnMetadata(@Nullable Boolean canUpdateOwnMetadata) {
            return grant(LiveKitGrant.CAN_UPDATE_OWN_METADATA, canUpdateOwnMetadata);
        }

        /**
         * Sets whether the holder is hidden from other participants.
         * @param hidden the grant
         * @return this builder
         */
        public Builder hidden(@Nullable Boolean hidden) {
            return grant(LiveKitGrant.HIDDEN, hidden);
        }

        /**
         * Sets whether the holder records the room.
         * @param recorder the grant
         * @return this builder
         */
        public Builder recorder(@Nullable Boolean recorder) {
            return grant(LiveKitGrant.RECORDER, recorder);
        }

        /**
         * Sets whether the holder may connect as an Agents framework worker.
         * @param agent the grant
         * @return this builder
         */
        public Builder agent(@Nullable Boolean agent) {
            return grant(LiveKitGrant.AGENT, agent);
        }

        /**
         * Adds sources the holder may publish; once called, only the sources added are allowed.
         * @param sources the sources
         * @return this builder
         */
        public Builder canPublishSources(LiveKitTrackSource... sources) {
            if (this.canPublishSources == null) {
                this.canPublishSources = new LinkedHashSet<>();
            }
            for (LiveKitTrackSource source : sources) {
                this.canPublishSources.add(Objects.requireNonNull(source, "source"));
            }
            return this;
        }

        /**
         * Sets the room the holder may forward itself to.
         * @param destinationRoom a room name of at most 256 bytes in UTF-8
         * @return this builder
         */
        public Builder destinationRoom(@Nullable String destinationRoom) {
            this.destinationRoom = destinationRoom;
            return this;
        }

        /**
         * Sets the participant's metadata.
         * @param metadata at most 64000 bytes in UTF-8
         * @return this builder
         */
        public Builder metadata(@Nullable String metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Sets the participant's attributes.
         * @param attributes non-empty keys and non-null values, at most 64000 bytes in UTF-8
         * together
         * @return this builder
         */
        public Builder attributes(@Nullable Map<String, String> attributes) {
            this.attributes = (attributes != null) ? new LinkedHashMap<>(attributes) : null;
            return this;
        }

        /**
         * Sets the name of a LiveKit Cloud room preset for a room the holder creates.
         * @param roomPreset a non-blank name
         * @return this builder
         */
        public Builder roomPreset(@Nullable String roomPreset) {
            this.roomPreset = roomPreset;
            return this;
        }

        /**
         * Sets how LiveKit sets up a room the holder creates.
         * @param roomConfig the configuration
         * @return this builder
         */
        public Builder roomConfig(@Nullable LiveKitRoomConfiguration roomConfig) {
            this.roomConfig = roomConfig;
            return this;
        }

        /**
         * Sets the instant before which the token is not valid.
         * @param notBefore an instant before the token's expiry; unset means the moment of signing
         * @return this builder
         */
        public Builder notBefore(@Nullable Instant notBefore) {
            this.notBefore = notBefore;
            return this;
        }

        /**
         * Builds the options, checking every rule.
         * @return the immutable options
         * @throws InvalidRoomTokenRequestException naming the first field that breaks a rule
         */
        public LiveKitTokenOptions build() {
            if (this.canPublishSources != null && this.canPublishSources.isEmpty()) {
                throw new InvalidRoomTokenRequestException("canPublishSources",
                        "must name at least one source when set (LiveKit reads an empty list as every source)");
            }
            if (this.destinationRoom != null) {
                if (this.destinationRoom.isBlank()) {
                    throw new InvalidRoomTokenRequestException("destinationRoom", "must not be blank when set");
                }
                LiveKitLimits.checkBytes("destinationRoom", this.destinationRoom, LiveKitLimits.MAX_ROOM_NAME_BYTES);
            }
            if (this.metadata != null) {
                LiveKitLimits.checkBytes("metadata", this.metadata, LiveKitLimits.MAX_METADATA_BYTES);
            }
            if (this.attributes != null) {
                this.attributes.forEach((key, value) -> {
                    if (key == null || key.isEmpty() || value == null) {
                        throw new InvalidRoomTokenRequestException("attributes",
                                "must have non-empty keys and non-null values");
                    }
                });
                LiveKitLimits.checkAttributes("attributes", this.attributes);
            }
            if (this.roomPreset != null && this.roomPreset.isBlank()) {
                throw new InvalidRoomTokenRequestException("roomPreset", "must not be blank when set");
            }
            Map<LiveKitGrant, Boolean> grantsCopy = new EnumMap<>(LiveKitGrant.class);
            grantsCopy.putAll(this.grants);
            Map<String, String> attributesCopy = (this.attributes != null)
                    ? Collections.unmodifiableMap(new LinkedHashMap<>(this.attributes)) : null;
            return new LiveKitTokenOptions(Collections.unmodifiableMap(grantsCopy),
                    (this.canPublishSources != null) ? List.copyOf(this.canPublishSources) : null, this.destinationRoom,
                    this.metadata, attributesCopy, this.roomPreset, this.roomConfig, this.notBefore);
        }
    }
}
