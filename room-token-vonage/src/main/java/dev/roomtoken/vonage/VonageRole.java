package dev.roomtoken.vonage;

/**
 * What a Vonage Video token lets its holder do in the session, as the token's {@code role} claim.
 *
 * @since 0.1.0
 */
public enum VonageRole {

    /** Subscribes to streams; cannot publish. */
    SUBSCRIBER("subscriber"),

    /** Publishes and subscribes, and signals. Vonage's default role. */
    PUBLISHER("publisher"),

    /** A publisher that can also force other clients to disconnect, stop publishing or mute. */
    MODERATOR("moderator"),

    /** Publishes only: cannot subscribe to other clients' streams. */
    PUBLISHER_ONLY("publisheronly");

    private final String claim;

    VonageRole(String claim) {
        this.claim = claim;
    }

    /**
     * The role as the token's {@code role} claim writes it.
     * @return for example {@code publisheronly}
     */
    public String claim() {
        return this.claim;
    }
}
