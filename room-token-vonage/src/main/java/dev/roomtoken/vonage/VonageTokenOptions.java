package dev.roomtoken.vonage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenOptions;
import org.jspecify.annotations.Nullable;

/**
 * Every Vonage Video token claim that is not portable. A field left {@code null} takes the
 * issuer's default options' value, or else is not sent (the role then is
 * {@link VonageRole#PUBLISHER}). Build with {@link #builder()}; Vonage's rules are checked when the
 * options are built.
 *
 * @param role the {@code role} claim; {@link VonageRole#PUBLISHER} when unset
 * @param connectionData the {@code connection_data} claim, which every client in the session sees
 * with the holder's connection: at most 1,000 characters (UTF-16 units, as Vonage's SDKs count);
 * not sent when unset
 * @param initialLayoutClassList the {@code initial_layout_class_list} claim, the layout classes of
 * the holder's streams in composed archives and broadcasts, sent as one space-separated string;
 * each class non-blank and without whitespace; not sent when unset, sent empty when empty
 *
 * @since 0.1.0
 */
public record VonageTokenOptions(@Nullable VonageRole role, @Nullable String connectionData,
        @Nullable List<String> initialLayoutClassList) implements RoomTokenOptions {

    /** The most characters {@code connection_data} takes. */
    public static final int MAX_CONNECTION_DATA_LENGTH = 1000;

    private static final VonageTokenOptions NONE = new VonageTokenOptions(null, null, null);

    /**
     * Checks every field against Vonage's rules and keeps an unmodifiable copy of the list.
     * @param role the {@code role} claim; {@link VonageRole#PUBLISHER} when unset
     * @param connectionData the {@code connection_data} claim, which every client in the session sees
     * with the holder's connection: at most 1,000 characters (UTF-16 units, as Vonage's SDKs count);
     * not sent when unset
     * @param initialLayoutClassList the {@code initial_layout_class_list} claim, the layout classes of
     * the holder's streams in composed archives and broadcasts, sent as one space-separated string;
     * each class non-blank and without whitespace; not sent when unset, sent empty when empty
     * @throws InvalidRoomTokenRequestException naming the first field that breaks a rule
     */
    public VonageTokenOptions {
        if (connectionData != null && connectionData.length() > MAX_CONNECTION_DATA_LENGTH) {
            throw new InvalidRoomTokenRequestException("connectionData", "must be at most "
                    + MAX_CONNECTION_DATA_LENGTH + " characters (Vonage's limit), was " + connectionData.length());
        }
        initialLayoutClassList = (initialLayoutClassList != null) ? checkedClasses(initialLayoutClassList) : null;
    }

    /**
     * Starts building options.
     * @return a builder with every field unset
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Options with every field unset.
     * @return the empty options
     */
    public static VonageTokenOptions none() {
        return NONE;
    }

    /**
     * Merges these options over defaults: each field set here wins, each field left unset takes
     * the default's value.
     * @param defaults the defaults, for example from the issuer's builder
     * @return the merged options
     */
    public VonageTokenOptions withDefaults(VonageTokenOptions defaults) {
        if (defaults.equals(NONE)) {
            return this;
        }
        return new VonageTokenOptions((this.role != null) ? this.role : defaults.role,
                (this.connectionData != null) ? this.connectionData : defaults.connectionData,
                (this.initialLayoutClassList != null) ? this.initialLayoutClassList : defaults.initialLayoutClassList);
    }

    private static List<String> checkedClasses(List<String> classes) {
        for (String layoutClass : classes) {
            if (layoutClass == null || layoutClass.isEmpty() || layoutClass.chars().anyMatch(Character::isWhitespace)) {
                throw new InvalidRoomTokenRequestException("initialLayoutClassList",
                        "must hold non-empty class names without whitespace, such as focus or full:"
                                + " they are sent separated by spaces");
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(classes));
    }

    /**
     * Builds {@link VonageTokenOptions}. Not thread-safe; the options it builds are.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private @Nullable VonageRole role;

        private @Nullable String connectionData;

        private @Nullable List<String> initialLayoutClassList;

        private Builder() {
        }

        /**
         * Sets the holder's role.
         * @param role the role; {@link VonageRole#PUBLISHER} when left unset
         * @return this builder
         */
        public Builder role(@Nullable VonageRole role) {
            this.role = role;
            return this;
        }

        /**
         * Sets the connection data every client in the session sees with the holder's connection,
         * for example the user's id and name as JSON.
         * @param connectionData at most 1,000 characters
         * @return this builder
         */
        public Builder connectionData(@Nullable String connectionData) {
            this.connectionData = connectionData;
            return this;
        }

        /**
         * Sets the layout classes of the holder's streams.
         * @param initialLayoutClassList class names without whitespace, such as {@code focus}
         * @return this builder
         */
        public Builder initialLayoutClassList(@Nullable List<String> initialLayoutClassList) {
            this.initialLayoutClassList = initialLayoutClassList;
            return this;
        }

        /**
         * Sets the layout classes of the holder's streams.
         * @param initialLayoutClasses class names without whitespace, such as {@code focus}
         * @return this builder
         */
        public Builder initialLayoutClassList(String... initialLayoutClasses) {
            return initialLayoutClassList(List.of(initialLayoutClasses));
        }

        /**
         * Builds the options.
         * @return the immutable options
         * @throws InvalidRoomTokenRequestException naming the first field that breaks a rule
         */
        public VonageTokenOptions build() {
            return new VonageTokenOptions(this.role, this.connectionData, this.initialLayoutClassList);
        }
    }
}
