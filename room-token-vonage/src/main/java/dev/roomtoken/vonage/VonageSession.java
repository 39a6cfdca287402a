package dev.roomtoken.vonage;

import java.util.Objects;

/**
 * A Vonage Video session that {@link VonageSessions#createSession(VonageSessionOptions)} created:
 * the room that tokens are minted for. Keep its id with the room it stands for, and mint every
 * token of that room for it ({@code RoomTokenRequest.forRoom(session.sessionId())}).
 *
 * @param sessionId the session id Vonage answered with, checked to have a session id's shape
 * @since 0.1.0
 */
public record VonageSession(String sessionId) {

    /**
     * Checks the session id is there.
     * @param sessionId the session id
     */
    public VonageSession {
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
