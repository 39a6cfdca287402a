package dev.roomtoken;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Base of every exception room-token throws. Unchecked: a caller catches the subtype it can act
 * on, or lets it reach its error handling.
 * <ul>
 * <li>{@link InvalidRoomTokenRequestException}: the request cannot succeed; nothing was sent.</li>
 * <li>{@link RoomTokenProviderException}: the provider answered with an error.</li>
 * <li>{@link RoomTokenUnavailableException}: the provider could not be reached.</li>
 * <li>{@link UnsupportedRoomTokenOperationException}: the provider does not offer the operation.</li>
 * </ul>
 * No message of these exceptions contains a credential or a token.
 *
 * @since 0.1.0
 */
public abstract class RoomTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The provider the call was for, if known. */
    private final @Nullable String provider;

    /** How many attempts the call made. */
    private int attempts;

    /**
     * Creates an exception.
     * @param provider the provider involved, or {@code null} where none is yet
     * @param message the message, free of secrets
     * @param cause the cause, or {@code null}
     */
    protected RoomTokenException(@Nullable String provider, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.provider = provider;
    }

    /**
     * The provider involved.
     * @return the provider's name, or {@code null} for a request rejected before a provider was
     * chosen
     */
    public @Nullable String provider() {
        return this.provider;
    }

    /**
     * How many times the request was sent before this exception ended the call.
     * @return 0 for a request rejected before sending, else 1 plus the retries made
     */
    public int attempts() {
        return this.attempts;
    }

    void recordAttempts(int attempts) {
        this.attempts = attempts;
    }

    /**
     * How long the provider asked callers to wait before trying again, from its
     * {@code Retry-After} header.
     * @return the wait, or {@code null} where the provider gave none
     */
    public @Nullable Duration retryAfter() {
        return null;
    }

    /**
     * Whether the same request might succeed if it were sent again later.
     * @return {@code true} for transient failures such as a timeout or an HTTP 503
     */
    public abstract boolean isRetryable();
}
