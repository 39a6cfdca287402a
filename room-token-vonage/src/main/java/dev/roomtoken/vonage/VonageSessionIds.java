package dev.roomtoken.vonage;

import java.util.regex.Pattern;

import dev.roomtoken.InvalidRoomTokenRequestException;

/**
 * The shape of a Vonage Video session id, as the Video API's {@code POST /session/create} returns
 * it and Vonage's server SDKs decode it: a version digit, an underscore, and base64 text in parts
 * separated by dashes, for example {@code 2_MX4xMDBfjE0Mzc2NzY1NDgwMTJ-TjMzfn4}. A room name or a
 * UUID given in its place is refused before anything is signed, since no client could connect with
 * the token.
 */
final class VonageSessionIds {

    private static final Pattern SESSION_ID = Pattern.compile("[0-9]_[A-Za-z0-9+/=_-]+");

    /** The longest session id accepted, in characters; Vonage's are under a hundred. */
    static final int MAX_LENGTH = 512;

    private VonageSessionIds() {
    }

    /**
     * Whether text has a session id's shape, and is no longer than one Vonage makes.
     * @param text the text
     * @return {@code true} if it does
     */
    static boolean isSessionId(String text) {
        return text.length() <= MAX_LENGTH && SESSION_ID.matcher(text).matches();
    }

    /**
     * Checks a session id.
     * @param field the field to name if it is not one
     * @param sessionId the session id
     * @return the session id
     * @throws InvalidRoomTokenRequestException if it does not have a session id's shape
     */
    static String check(String field, String sessionId) {
        if (!SESSION_ID.matcher(sessionId).matches()) {
            throw new InvalidRoomTokenRequestException(field, "must be a Vonage Video session id, such as"
                    + " 2_MX4xMDBfjE0Mzc2NzY1NDgwMTJ-TjMzfn4: a digit, an underscore, then base64 text"
                    + " (create one with the Video API's POST /session/create)");
        }
        return sessionId;
    }
}
