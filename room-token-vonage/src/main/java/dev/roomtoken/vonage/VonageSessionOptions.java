package dev.roomtoken.vonage;

import java.util.regex.Pattern;

import dev.roomtoken.InvalidRoomTokenRequestException;
import org.jspecify.annotations.Nullable;

/**
 * How a Vonage Video session is created, as the Video API's {@code POST /session/create} takes it
 * (<a href="https://developer.vonage.com/en/video/guides/create-session">creating a session</a>).
 * Every option left unset is not sent, so Vonage's default applies: a relayed session, archived
 * manually, located by its first client, without end-to-end encryption. Vonage's rules are checked
 * when the options are built, so nothing is sent that Vonage would refuse.
 *
 * @param mediaMode how streams travel, or {@code null} for Vonage's default, relayed
 * @param archiveMode whether the session is archived on its own, or {@code null} for manual
 * @param location an IPv4 address that places the session in Vonage's network near it, or
 * {@code null} to place it near its first client
 * @param endToEndEncryption whether media is encrypted end to end, or {@code null} for not
 * @since 0.1.0
 */
public record VonageSessionOptions(@Nullable VonageMediaMode mediaMode, @Nullable VonageArchiveMode archiveMode,
        @Nullable String location, @Nullable Boolean endToEndEncryption) {

    private static final Pattern IPV4 = Pattern
        .compile("(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");

    private static final VonageSessionOptions NONE = new VonageSessionOptions(null, null, null, null);

    /**
     * Checks Vonage's rules.
     * @param mediaMode how streams travel
     * @param archiveMode whether the session is archived on its own
     * @param location the location hint
     * @param endToEndEncryption whether media is encrypted end to end
     * @throws InvalidRoomTokenRequestException naming the first option that breaks a rule
     */
    public VonageSessionOptions {
        if (location != null && !IPV4.matcher(location).matches()) {
            throw new InvalidRoomTokenRequestException("location",
                    "must be an IPv4 address in dotted form, such as 12.34.56.78");
        }
        if (archiveMode == VonageArchiveMode.ALWAYS && mediaMode != VonageMediaMode.ROUTED) {
            throw new InvalidRoomTokenRequestException("archiveMode",
                    "ALWAYS needs mediaMode ROUTED: only the Media Router can archive a session");
        }
        if (Boolean.TRUE.equals(endToEndEncryption)) {
            if (mediaMode != VonageMediaMode.ROUTED) {
                throw new InvalidRoomTokenRequestException("endToEndEncryption",
                        "needs mediaMode ROUTED: a relayed session is encrypted end to end already");
            }
            if (archiveMode == VonageArchiveMode.ALWAYS) {
                throw new InvalidRoomTokenRequestException("endToEndEncryption",
                        "cannot be combined with archiveMode ALWAYS: the Media Router cannot archive media it "
                                + "cannot decrypt");
            }
        }
    }

    /**
     * No options: a session as Vonage creates it by default.
     * @return the empty options
     */
    public static VonageSessionOptions none() {
        return NONE;
    }

    /**
     * Starts building options.
     * @return a builder with every option unset
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link VonageSessionOptions}.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private @Nullable VonageMediaMode mediaMode;

        private @Nullable VonageArchiveMode archiveMode;

        private @Nullable String location;

        private @Nullable Boolean endToEndEncryption;

        private Builder() {
        }

        /**
         * Sets how streams travel.
         * @param mediaMode the mode, or {@code null} for Vonage's default, relayed
         * @return this builder
         */
        public Builder mediaMode(@Nullable VonageMediaMode mediaMode) {
            this.mediaMode = mediaMode;
            return this;
        }

        /**
         * Sets whether the session is archived on its own.
         * @param archiveMode the mode, or {@code null} for Vonage's default, manual
         * @return this builder
         */
        public Builder archiveMode(@Nullable VonageArchiveMode archiveMode) {
            this.archiveMode = archiveMode;
            return this;
        }

        /**
         * Sets the location hint.
         * @param location an IPv4 address, such as 12.34.56.78, or {@code null}
         * @return this builder
         */
        public Builder location(@Nullable String location) {
            this.location = location;
            return this;
        }

        /**
         * Sets whether media is encrypted end to end; needs a routed session and no automatic
         * archiving.
         * @param endToEndEncryption {@code true} to encrypt, or {@code null} for Vonage's default
         * @return this builder
         */
        public Builder endToEndEncryption(@Nullable Boolean endToEndEncryption) {
            this.endToEndEncryption = endToEndEncryption;
            return this;
        }

        /**
         * Builds the options.
         * @return the options
         * @throws InvalidRoomTokenRequestException naming the first option that breaks a rule
         */
        public VonageSessionOptions build() {
            return new VonageSessionOptions(this.mediaMode, this.archiveMode, this.location,
                    this.endToEndEncryption);
        }
    }
}
