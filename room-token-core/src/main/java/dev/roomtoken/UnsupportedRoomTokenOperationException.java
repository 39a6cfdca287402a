package dev.roomtoken;

/**
 * The provider does not offer the operation, for example refreshing a SignalWire token, which
 * SignalWire has no API for. Raised before anything is sent.
 *
 * @since 0.1.0
 */
public class UnsupportedRoomTokenOperationException extends RoomTokenException {

    private static final long serialVersionUID = 1L;

    /** The operation the provider does not offer. */
    private final String operation;

    /**
     * Creates an exception for an operation the provider does not offer.
     * @param provider the provider's name
     * @param operation the operation, for example {@code refresh}
     */
    public UnsupportedRoomTokenOperationException(String provider, String operation) {
        super(provider, provider + " does not offer the '" + operation + "' operation", null);
        this.operation = operation;
    }

    /**
     * The operation the provider does not offer.
     * @return the operation's name
     */
    public String operation() {
        return this.operation;
    }

    /**
     * Never: the provider will not offer it on a later try either.
     * @return {@code false}
     */
    @Override
    public boolean isRetryable() {
        return false;
    }
}
