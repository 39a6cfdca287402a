package dev.roomtoken.vonage;

import java.util.Objects;

import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.RoomTokenUnavailableException;

/**
 * Creates Vonage Video sessions, the rooms that Vonage tokens are minted for, through the Video
 * API's {@code POST /session/create}, with the template's retries, deadline and observation
 * ({@code roomtoken.requests} with {@code roomtoken.operation=create-session}). Thread-safe.
 *
 * <p>When to call it: once per room, before its first token, when the room comes into being (a
 * meeting is scheduled, a call starts). Keep the session id with the room and mint every token of
 * the room for it; a session does not expire while it is used, so an application never creates one
 * per token or per user. In a Spring Boot application with {@code roomtoken.vonage.*} set, one is
 * auto-configured; elsewhere, make one from the Vonage template:
 *
 * <pre>{@code
 * VonageTokenIssuer issuer = VonageTokenIssuer.builder()
 *         .applicationId(applicationId).privateKey(privateKeyPem).build();
 * RoomTokenTemplate roomTokens = new RoomTokenTemplate(issuer);
 * VonageSessions sessions = new VonageSessions(roomTokens);
 *
 * String sessionId = sessions.createSession(VonageSessionOptions.builder()
 *         .mediaMode(VonageMediaMode.ROUTED).build()).sessionId();
 * RoomToken token = roomTokens.createToken(RoomTokenRequest.forRoom(sessionId).build());
 * }</pre>
 *
 * A retried call may have created a session whose answer was lost; such a session is never used
 * and costs nothing.
 *
 * @since 0.1.0
 */
public final class VonageSessions {

    /** The operation's name in metrics and logs. */
    public static final String OPERATION = "create-session";

    private final RoomTokenTemplate template;

    private final VonageTokenIssuer issuer;

    /**
     * Creates sessions through a template that mints Vonage tokens.
     * @param template the template, whose issuer is a {@link VonageTokenIssuer}
     * @throws IllegalArgumentException if the template mints another provider's tokens
     */
    public VonageSessions(RoomTokenTemplate template) {
        this.template = Objects.requireNonNull(template, "template");
        if (!(template.issuer() instanceof VonageTokenIssuer vonage)) {
            throw new IllegalArgumentException("The template mints " + template.provider()
                    + " tokens; Vonage sessions need the template of a VonageTokenIssuer");
        }
        this.issuer = vonage;
    }

    /**
     * Creates a session as Vonage creates one by default: relayed, archived manually, located by
     * its first client.
     * @return the session
     * @throws RoomTokenProviderException if Vonage refused the call or answered with no session
     * @throws RoomTokenUnavailableException if Vonage could not be reached, after any retries
     */
    public VonageSession createSession() {
        return createSession(VonageSessionOptions.none());
    }

    /**
     * Creates a session.
     * @param options how the session is created
     * @return the session
     * @throws RoomTokenProviderException if Vonage refused the call or answered with no session
     * @throws RoomTokenUnavailableException if Vonage could not be reached, after any retries
     */
    public VonageSession createSession(VonageSessionOptions options) {
        Objects.requireNonNull(options, "options");
        return this.template.execute(OPERATION, this.issuer.prepareCreateSession(options));
    }

    @Override
    public String toString() {
        return "VonageSessions[" + this.issuer + "]";
    }
}
