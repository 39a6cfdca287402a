package dev.roomtoken.signalwire;

/**
 * How a user joins a SignalWire room ({@code join_as}).
 *
 * @since 0.1.0
 */
public enum SignalWireJoinAs {

    /** A member, who can send audio and video. */
    MEMBER("member"),

    /**
     * A non-interactive audience participant, who cannot send audio or video. SignalWire gives
     * audience participants no permissions, so none are sent.
     */
    AUDIENCE("audience");

    private final String wireValue;

    SignalWireJoinAs(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * The string SignalWire expects in {@code join_as}.
     * @return {@code member} or {@code audience}
     */
    public String wireValue() {
        return this.wireValue;
    }
}
