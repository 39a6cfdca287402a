package dev.roomtoken.daily;

/**
 * The recording a token allows, Daily's {@code enable_recording} ("Options: cloud, local,
 * raw-tracks",
 * <a href="https://docs.daily.co/reference/rest-api/meeting-tokens/create-meeting-token">create meeting token</a>).
 *
 * @since 0.1.0
 */
public enum DailyRecording {

    /** Recorded on Daily's servers: {@code cloud}. */
    CLOUD("cloud"),

    /** Recorded in the participant's browser: {@code local}. */
    LOCAL("local"),

    /** Each participant's tracks recorded separately: {@code raw-tracks}. */
    RAW_TRACKS("raw-tracks");

    private final String wireValue;

    DailyRecording(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * The string Daily expects.
     * @return for example {@code raw-tracks}
     */
    public String wireValue() {
        return this.wireValue;
    }
}
