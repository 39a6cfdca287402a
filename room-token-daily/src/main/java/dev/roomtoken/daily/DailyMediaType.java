package dev.roomtoken.daily;

import org.jspecify.annotations.Nullable;

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
    VIDEO("video", "v"),

    /** The microphone: {@code audio}. */
    AUDIO("audio", "a"),

    /** A shared screen's video: {@code screenVideo}. */
    SCREEN_VIDEO("screenVideo", "sv"),

    /** A shared screen's audio: {@code screenAudio}. */
    SCREEN_AUDIO("screenAudio", "sa"),

    /** A custom video track: {@code customVideo}. */
    CUSTOM_VIDEO("customVideo", null),

    /** A custom audio track: {@code customAudio}. */
    CUSTOM_AUDIO("customAudio", null);

    private final String wireValue;

    private final @Nullable String abbreviation;

    DailyMediaType(String wireValue, @Nullable String abbreviation) {
        this.wireValue = wireValue;
        this.abbreviation = abbreviation;
    }

    /**
     * The string Daily expects.
     * @return for example {@code screenVideo}
     */
    public String wireValue() {
        return this.wireValue;
    }

    /**
     * Its letters in a self-signed token's {@code cs}, or {@code null} where Daily's
     * "permissions abbreviations" list none (the custom tracks).
     */
    @Nullable String abbreviation() {
        return this.abbreviation;
    }
}
