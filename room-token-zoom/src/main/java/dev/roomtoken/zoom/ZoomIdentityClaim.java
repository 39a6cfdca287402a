package dev.roomtoken.zoom;

/**
 * The claim that carries the portable identity. Zoom's authorization page lists {@code user_key},
 * "a unique identifier for the user (max 36 characters) ... Previously named user_identity"
 * (<a href="https://developers.zoom.us/docs/video-sdk/auth/">developers.zoom.us/docs/video-sdk/auth</a>);
 * the Web Video SDK 2.4 still reads both from the token, exposing {@code userKey} ("the
 * {@code user_key} from the JWT payload") and a deprecated {@code userIdentity} ("the
 * {@code user_identity} from the JWT payload"). Zoom's auth endpoint sample still writes
 * {@code user_identity} and checks it against 35 characters.
 *
 * @since 0.1.0
 */
public enum ZoomIdentityClaim {

    /** {@code user_key}, at most 36 characters: the name Zoom documents today. The default. */
    USER_KEY("user_key", 36),

    /**
     * {@code user_identity}, at most 35 characters: the former name, for applications whose
     * clients still read {@code userIdentity}.
     */
    USER_IDENTITY("user_identity", 35);

    private final String claim;

    private final int maxLength;

    ZoomIdentityClaim(String claim, int maxLength) {
        this.claim = claim;
        this.maxLength = maxLength;
    }

    /**
     * The claim's name in the token.
     * @return {@code user_key} or {@code user_identity}
     */
    public String claim() {
        return this.claim;
    }

    /**
     * The most characters the claim takes, counted as Java (and JavaScript) count a string's
     * length, in UTF-16 code units.
     * @return 36 or 35
     */
    public int maxLength() {
        return this.maxLength;
    }
}
