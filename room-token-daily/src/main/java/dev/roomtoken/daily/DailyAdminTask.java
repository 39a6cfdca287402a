package dev.roomtoken.daily;

/**
 * The admin tasks a participant may be permitted to do, for
 * {@link DailyPermissions.Builder#canAdmin(DailyAdminTask...)}: "participants, streaming, or
 * transcription" (<a href="https://docs.daily.co/reference/rest-api/meeting-tokens/create-meeting-token">create meeting token</a>).
 *
 * @since 0.1.0
 */
public enum DailyAdminTask {

    /** Manage other participants, their permissions included: {@code participants}. */
    PARTICIPANTS("participants"),

    /** Start and stop live streaming: {@code streaming}. */
    STREAMING("streaming"),

    /** Start and stop transcription: {@code transcription}. */
    TRANSCRIPTION("transcription");

    private final String wireValue;

    DailyAdminTask(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * The string Daily expects.
     * @return for example {@code streaming}
     */
    public String wireValue() {
        return this.wireValue;
    }
}
