package dev.roomtoken;

import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How a template call ended, as metrics and traces report it.
 *
 * @since 0.1.0
 */
public enum RoomTokenOutcome {

    /** The provider issued a token. */
    SUCCESS,

    /** The provider refused the request or the credentials (HTTP 4xx). */
    CLIENT_ERROR,

    /** The provider failed on its side (HTTP 5xx) or answered with something that is not a token. */
    SERVER_ERROR,

    /** The provider could not be reached or the connection broke. */
    IO_ERROR,

    /** The provider did not answer in time. */
    TIMEOUT,

    /** The request could not succeed and was not sent. */
    INVALID_REQUEST;

    private final String value = name().toLowerCase(Locale.ROOT);

    /**
     * The outcome as a metric tag value.
     * @return for example {@code client_error}
     */
    public String value() {
        return this.value;
    }

    /**
     * Classifies how a call ended.
     * @param failure the failure that ended it, or {@code null} for a success
     * @param statusCode the provider's last HTTP status, or {@code null} if it gave none
     * @return the outcome
     */
    public static RoomTokenOutcome of(@Nullable Throwable failure, @Nullable Integer statusCode) {
        if (failure == null) {
            return SUCCESS;
        }
        if (statusCode != null) {
            return (statusCode >= 400 && statusCode < 500) ? CLIENT_ERROR : SERVER_ERROR;
        }
        if (failure instanceof RoomTokenUnavailableException) {
            return isTimeout(failure.getCause()) ? TIMEOUT : IO_ERROR;
        }
        return INVALID_REQUEST;
    }

    private static boolean isTimeout(@Nullable Throwable cause) {
        return cause instanceof HttpTimeoutException || cause instanceof InterruptedIOException;
    }
}
