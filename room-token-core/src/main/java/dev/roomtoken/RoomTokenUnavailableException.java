package dev.roomtoken;

/**
 * The provider could not be reached: the connection was refused or dropped, or an answer did not
 * arrive in time. The I/O failure is kept as the cause.
 */
public class RoomTokenUnavailableException extends RoomTokenException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for a failed exchange.
     * @param provider the provider's name
     * @param message what failed, free of secrets
     * @param cause the I/O failure
     */
    public RoomTokenUnavailableException(String provider, String message, Throwable cause) {
        super(provider, message, cause);
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
