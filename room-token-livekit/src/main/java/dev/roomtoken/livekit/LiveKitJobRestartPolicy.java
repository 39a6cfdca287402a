package dev.roomtoken.livekit;

/**
 * Whether LiveKit restarts an agent's job that failed, as {@code RoomAgentDispatch.restart_policy}
 * names it.
 *
 * @since 0.1.0
 */
public enum LiveKitJobRestartPolicy {

    /** Restart a failed job (LiveKit's default). */
    ON_FAILURE("JRP_ON_FAILURE"),

    /** Never restart a job. */
    NEVER("JRP_NEVER");

    private final String claimValue;

    LiveKitJobRestartPolicy(String claimValue) {
        this.claimValue = claimValue;
    }

    /**
     * The policy as the token writes it, the protobuf enum value's name.
     * @return for example {@code JRP_NEVER}
     */
    public String claimValue() {
        return this.claimValue;
    }
}
