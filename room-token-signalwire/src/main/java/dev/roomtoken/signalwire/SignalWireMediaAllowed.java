package dev.roomtoken.signalwire;

/**
 * What media a SignalWire user may receive ({@code media_allowed}).
 *
 * @since 0.1.0
 */
public enum SignalWireMediaAllowed {

    /** Audio only. */
    AUDIO_ONLY("audio-only"),

    /** Video only. */
    VIDEO_ONLY("video-only"),

    /** Audio and video. */
    ALL("all");

    private final String wireValue;

    SignalWireMediaAllowed(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * The string SignalWire expects in {@code media_allowed}.
     * @return {@code audio-only}, {@code video-only} or {@code all}
     */
    public String wireValue() {
        return this.wireValue;
    }
}
