package dev.roomtoken.daily;

/**
 * The kinds of media a participant may be permitted to send, for
 * {@link DailyPermissions.Builder#canSend(DailyMediaType...)}: "video, audio, screenVideo, and
 * screenAudio" (<a href="https://docs.daily.co/reference/rest-api/meeting-tokens/create-meeting-token">create meeting token</a>),
 * and the custom tracks of {@code startCustomTrack()} that daily-js's permission type adds
 * (<a href="https://docs.daily.co/reference/react-native/types/daily-participant-permissions">DailyParticipantPermissions</a>).
 *
 * @since 0.1.0
 */
public enum DailyMediaType {

    /** The camera: {@code video}. */
    VIDEO("video"),

    /** The microphone: {@code audio}. */
    AUDIO("audio"),

    /** A shared screen's video: {@code screenVideo}. */
    SCREEN_VIDEO("screenVideo"),

    /** A shared screen's audio: {@code screenAudio}. */
    SCREEN_AUDIO("screenAudio"),

    /** A custom video track: {@code customVideo}. */
    CUSTOM_VIDEO("customVideo"),

    /** A custom audio track: {@code customAudio}. */
    CUSTOM_AUDIO("customAudio");

    private final String wireValue;

    DailyMediaType(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * The string Daily expects.
     * @return for example {@code screenVideo}
     */
    public String wireValue() {
        return this.wireValue;
    }
}
