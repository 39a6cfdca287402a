package dev.roomtoken.livekit;

/**
 * A kind of track a participant may publish, as the {@code canPublishSources} grant names it.
 *
 * @since 0.1.0
 */
public enum LiveKitTrackSource {

    /** A camera's video. */
    CAMERA("camera"),

    /** A microphone's audio. */
    MICROPHONE("microphone"),

    /** A shared screen's video. */
    SCREEN_SHARE("screen_share"),

    /** A shared screen's audio. */
    SCREEN_SHARE_AUDIO("screen_share_audio");

    private final String claimValue;

    LiveKitTrackSource(String claimValue) {
        this.claimValue = claimValue;
    }

    /**
     * The source as the token writes it.
     * @return for example {@code screen_share}
     */
    public String claimValue() {
        return this.claimValue;
    }
}
