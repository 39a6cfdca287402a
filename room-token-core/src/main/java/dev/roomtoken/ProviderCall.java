package dev.roomtoken;

/**
 * One prepared HTTP call of a provider's own that is not a token, such as creating a Vonage Video
 * session, for {@link RoomTokenTemplate#execute(String, ProviderCall)} to send with the same
 * retries, deadline and observation as a token. Sent once each time {@link #send()} is called, so
 * a call whose result the provider would make twice on a retry (a second resource) is fine only
 * where making it twice does no harm.
 *
 * @param <T> what the call gives back
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProviderCall<T> {

    /**
     * Sends the prepared request once and reads the answer.
     * @return what the provider answered, with the HTTP status it came with
     * @throws RoomTokenProviderException if the provider answered with an error or with
     * something the client refuses
     * @throws RoomTokenUnavailableException if the provider could not be reached
     */
    Answer<T> send();

    /**
     * A provider's successful answer to one call.
     *
     * @param statusCode the HTTP status it came with
     * @param value what it carried
     * @param <T> what the call gives back
     * @since 0.1.0
     */
    record Answer<T>(int statusCode, T value) {
    }
}
