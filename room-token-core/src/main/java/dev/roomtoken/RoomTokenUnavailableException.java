package dev.roomtoken;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The provider could not be reached (the connection was refused or dropped, an answer did not
 * arrive in time), or it kept answering with transient errors until the retries ran out. The last
 * failure is kept as the cause; where it was an HTTP answer, its status, error code and
 * {@code Retry-After} are here too.
 *
 * @since 0.1.0
 */
public class RoomTokenUnavailableException extends RoomTokenException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status of the last answer, if there was one. */
    private final @Nullable Integer statusCode;

    /** The provider's error code in the last answer, if it gave one. */
    private final @Nullable String errorCode;

    /** The provider's Retry-After in the last answer, clamped, if it gave one. */
    private final @Nullable Duration retryAfter;

    /**
     * Creates an exception for a failed exchange.
     * @param provider the provider's name
     * @param message what failed, free of secrets
     * @param cause the I/O failure
     */
    public RoomTokenUnavailableException(String provider, String message, Throwable cause) {
        super(provider, message, cause);
        this.statusCode = null;
        this.errorCode = null;
        this.retryAfter = null;
    }

    /**
     * Creates an exception for a call whose last failure was a transient error answer.
     * @param message what failed, free of secrets
     * @param lastAnswer the provider's last answer
     */
    public RoomTokenUnavailableException(String message, RoomTokenProviderException lastAnswer) {
        super(lastAnswer.provider(), message, lastAnswer);
        this.statusCode = lastAnswer.statusCode();
        this.errorCode = lastAnswer.errorCode();
        this.retryAfter = lastAnswer.retryAfter();
    }

    /**
     * The HTTP status of the provider's last answer.
     * @return the status, or {@code null} if the last attempt got no answer
     */
    public @Nullable Integer statusCode() {
        return this.statusCode;
    }

    /**
     * The provider's own error code in its last answer.
     * @return the code, or {@code null} if there was none
     */
    public @Nullable String errorCode() {
        return this.errorCode;
    }

    @Override
    public @Nullable Duration retryAfter() {
        return this.retryAfter;
    }

    /**
     * Always: the provider may be reachable again later.
     * @return {@code true}
     */
    @Override
    public boolean isRetryable() {
        return true;
    }
}
