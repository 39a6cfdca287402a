package dev.roomtoken.agora;

import java.time.Duration;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenOptions;
import org.jspecify.annotations.Nullable;

/**
 * Every Agora RTC token field that is not portable. A field left {@code null} takes the issuer's
 * default options' value, or else the default named here. Build with {@link #builder()}; Agora's
 * rules are checked when the options are built.
 *
 * <p>Each privilege expiry counts from the token's issue time, like the token's own expiry (the
 * request's portable {@code ttl}), and defaults to it. The token's expiry bounds when its holder
 * can join; a privilege's expiry bounds how long the holder keeps that privilege in the channel
 * (Agora's co-host authentication). A subscriber's token carries the join privilege only, so a
 * publish expiry with {@link AgoraRole#SUBSCRIBER} is refused rather than dropped.
 *
 * @param role what the holder may do; {@link AgoraRole#PUBLISHER} by default
 * @param uidType how the request's identity becomes the token's user; {@link AgoraUidType#AUTO} by
 * default
 * @param joinChannelTtl how long the join privilege lasts, 1 s to 24 h in whole seconds
 * @param publishAudioTtl how long the publish audio privilege lasts, 1 s to 24 h in whole seconds;
 * publishers only
 * @param publishVideoTtl how long the publish video privilege lasts, 1 s to 24 h in whole seconds;
 * publishers only
 * @param publishDataStreamTtl how long the publish data stream privilege lasts, 1 s to 24 h in
 * whole seconds; publishers only
 *
 * @since 0.1.0
 */
public record AgoraTokenOptions(@Nullable AgoraRole role, @Nullable AgoraUidType uidType,
        @Nullable Duration joinChannelTtl, @Nullable Duration publishAudioTtl, @Nullable Duration publishVideoTtl,
        @Nullable Duration publishDataStreamTtl) implements RoomTokenOptions {

    private static final AgoraTokenOptions NONE = new AgoraTokenOptions(null, null, null, null, null, null);

    /**
     * Checks every field against Agora's rules.
     * @param role what the holder may do; {@link AgoraRole#PUBLISHER} by default
     * @param uidType how the request's identity becomes the token's user; {@link AgoraUidType#AUTO} by
     * default
     * @param joinChannelTtl how long the join privilege lasts, 1 s to 24 h in whole seconds
     * @param publishAudioTtl how long the publish audio privilege lasts, 1 s to 24 h in whole seconds;
     * publishers only
     * @param publishVideoTtl how long the publish video privilege lasts, 1 s to 24 h in whole seconds;
     * publishers only
     * @param publishDataStreamTtl how long the publish data stream privilege lasts, 1 s to 24 h in
     * whole seconds; publishers only
     * @throws InvalidRoomTokenRequestException naming the first field that breaks a rule
     */
    public AgoraTokenOptions {
        checkTtl("joinChannelTtl", joinChannelTtl);
        checkTtl("publishAudioTtl", publishAudioTtl);
        checkTtl("publishVideoTtl", publishVideoTtl);
        checkTtl("publishDataStreamTtl", publishDataStreamTtl);
        if (role == AgoraRole.SUBSCRIBER) {
            checkNoPublishTtl("publishAudioTtl", publishAudioTtl);
            checkNoPublishTtl("publishVideoTtl", publishVideoTtl);
            checkNoPublishTtl("publishDataStreamTtl", publishDataStreamTtl);
        }
    }

    /**
     * Starts building options.
     * @return a builder with every field unset
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Options with every field unset, so the defaults apply.
     * @return the empty options
     */
    public static AgoraTokenOptions none() {
        return NONE;
    }

    /**
     * Merges these options over defaults: each field set here wins, each field left unset takes
     * the default's value.
     * @param defaults the defaults, for example from the issuer's builder
     * @return the merged options
     * @throws InvalidRoomTokenRequestException if the merged options break a rule together, such
     * as a {@link AgoraRole#SUBSCRIBER} role here with a default publish expiry
     */
    public AgoraTokenOptions withDefaults(AgoraTokenOptions defaults) {
        if (defaults.equals(NONE)) {
            return this;
        }
        return new AgoraTokenOptions(pick(this.role, defaults.role), pick(this.uidType, defaults.uidType),
                pick(this.joinChannelTtl, defaults.joinChannelTtl), pick(this.publishAudioTtl, defaults.publishAudioTtl),
                pick(this.publishVideoTtl, defaults.publishVideoTtl),
                pick(this.publishDataStreamTtl, defaults.publishDataStreamTtl));
    }

    private static <T> @Nullable T pick(@Nullable T value, @Nullable T fallback) {
        return (value != null) ? value : fallback;
    }

    private static void checkTtl(String field, @Nullable Duration ttl) {
        if (ttl != null) {
            AgoraExpiry.seconds(field, ttl);
        }
    }

    private static void checkNoPublishTtl(String field, @Nullable Duration ttl) {
        if (ttl != null) {
            throw new InvalidRoomTokenRequestException(field,
                    "must not be set when role is SUBSCRIBER: a subscriber's token carries no publish privilege");
        }
    }

    /**
     * Builds {@link AgoraTokenOptions}. Not thread-safe; the options it builds are.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private @Nullable AgoraRole role;

        private @Nullable AgoraUidType uidType;

        private @Nullable Duration joinChannelTtl;

        private @Nullable Duration publishAudioTtl;

        private @Nullable Duration publishVideoTtl;

        private @Nullable Duration publishDataStreamTtl;

        private Builder() {
        }

        /**
         * Sets what the holder may do.
         * @param role the role; {@link AgoraRole#PUBLISHER} when left unset
         * @return this builder
         */
        public Builder role(@Nullable AgoraRole role) {
            this.role = role;
            return this;
        }

        /**
         * Sets how the request's identity becomes the token's user.
         * @param uidType the type; {@link AgoraUidType#AUTO} when left unset
         * @return this builder
         */
        public Builder uidType(@Nullable AgoraUidType uidType) {
            this.uidType = uidType;
            return this;
        }

        /**
         * Sets how long the join privilege lasts after the issue time.
         * @param joinChannelTtl 1 s to 24 h in whole seconds; the token's ttl when left unset
         * @return this builder
         */
        public Builder joinChannelTtl(@Nullable Duration joinChannelTtl) {
            this.joinChannelTtl = joinChannelTtl;
            return this;
        }

        /**
         * Sets how long the publish audio privilege lasts after the issue time.
         * @param publishAudioTtl 1 s to 24 h in whole seconds; the token's ttl when left unset
         * @return this builder
         */
        public Builder publishAudioTtl(@Nullable Duration publishAudioTtl) {
            this.publishAudioTtl = publishAudioTtl;
            return this;
        }

        /**
         * Sets how long the publish video privilege lasts after the issue time.
         * @param publishVideoTtl 1 s to 24 h in whole seconds; the token's ttl when left unset
         * @return this builder
         */
        public Builder publishVideoTtl(@Nullable Duration publishVideoTtl) {
            this.publishVideoTtl = publishVideoTtl;
            return this;
        }

        /**
         * Sets how long the publish data stream privilege lasts after the issue time.
         * @param publishDataStreamTtl 1 s to 24 h in whole seconds; the token's ttl when left unset
         * @return this builder
         */
        public Builder publishDataStreamTtl(@Nullable Duration publishDataStreamTtl) {
            this.publishDataStreamTtl = publishDataStreamTtl;
            return this;
        }

        /**
         * Builds the options.
         * @return the immutable options
         * @throws InvalidRoomTokenRequestException naming the first field that breaks a rule
         */
        public AgoraTokenOptions build() {
            return new AgoraTokenOptions(this.role, this.uidType, this.joinChannelTtl, this.publishAudioTtl,
                    this.publishVideoTtl, this.publishDataStreamTtl);
        }
    }
}
