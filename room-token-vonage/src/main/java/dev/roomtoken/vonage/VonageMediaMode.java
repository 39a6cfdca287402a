package dev.roomtoken.vonage;

/**
 * How a Vonage Video session carries streams, as {@code POST /session/create} takes it in its
 * {@code p2p.preference} parameter.
 *
 * @since 0.1.0
 */
public enum VonageMediaMode {

    /**
     * Through Vonage's Media Router ({@code p2p.preference=disabled}): needed for archiving,
     * end-to-end encryption and sessions of more than a few clients.
     */
    ROUTED("disabled"),

    /**
     * Directly between clients where they can, relayed by Vonage's TURN servers where they cannot
     * ({@code p2p.preference=enabled}). Vonage's default.
     */
    RELAYED("enabled");

    private final String p2pPreference;

    VonageMediaMode(String p2pPreference) {
        this.p2pPreference = p2pPreference;
    }

    /**
     * The mode as the {@code p2p.preference} parameter writes it.
     * @return {@code disabled} or {@code enabled}
     */
    public String p2pPreference() {
        return this.p2pPreference;
    }
}
