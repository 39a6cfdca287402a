package dev.roomtoken.zoom;

/**
 * The role a Video SDK token gives its user, Zoom's {@code role_type} claim: "1 = host or
 * co-host. 0 = participant. Participants can join before the host. Must be a number."
 * (<a href="https://developers.zoom.us/docs/video-sdk/auth/">Zoom Video SDK authorization</a>).
 * The first user to join with the host role becomes the host, later ones co-hosts.
 *
 * @since 0.1.0
 */
public enum ZoomRole {

    /** A participant: {@code role_type} 0. The default. */
    PARTICIPANT(0),

    /** The host, or a co-host when a host is already in the session: {@code role_type} 1. */
    HOST(1);

    private final int roleType;

    ZoomRole(int roleType) {
        this.roleType = roleType;
    }

    /**
     * The number Zoom expects in {@code role_type}.
     * @return 0 or 1
     */
    public int roleType() {
        return this.roleType;
    }
}
