package dev.roomtoken;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a provider implements so that {@link RoomTokenTemplate} can use it: it checks a request
 * against the provider's rules and prepares one HTTP exchange. The template owns everything around
 * the exchange, so a provider's client stays a translation between the API and the wire.
 * Implementations are thread-safe and build what they can once, when they are created.
 */
public interface RoomTokenClient {

    /**
     * The provider's name, lower case, as used in properties and metrics.
     * @return for example {@code signalwire}
     */
    String provider();

    /**
     * Checks a request against the provider's rules and prepares the exchange that mints its
     * token. Nothing is sent until the returned call is executed.
     * @param request the request
     * @return a call that sends the request once each time it is executed
     * @throws InvalidRoomTokenRequestException if the request cannot succeed
     * @throws IllegalArgumentException if the request carries another provider's options
     */
    RoomTokenCall prepareCreate(RoomTokenRequest request);

    /**
     * Prepares the exchange that refreshes a token. Providers without a refresh API keep this
     * default, which says so.
     * @param room the room the refresh token was issued for
     * @param refreshToken the refresh token, {@code null} when the token being refreshed came
     * without one
     * @param refreshTokenExpiresAt when the refresh token expires, if known
     * @return a call that sends the refresh once each time it is executed
     * @throws UnsupportedRoomTokenOperationException if the provider has no refresh API
     * @throws InvalidRoomTokenRequestException if the refresh cannot succeed
     */
    default RoomTokenCall prepareRefresh(String room, @Nullable String refreshToken, @Nullable Instant refreshTokenExpiresAt) {
        throw new UnsupportedRoomTokenOperationException(provider(), "refresh");
    }

    /**
     * One prepared exchange with the provider.
     */
    @FunctionalInterface
    interface RoomTokenCall {

        /**
         * Sends the prepared request once and reads the answer.
         * @return the token the provider issued, with the HTTP status it came with
         * @throws RoomTokenProviderException if the provider answered with an error
         * @throws RoomTokenUnavailableException if the provider could not be reached
         */
        Answer send();

        /**
         * Sends the prepared request once and returns the token.
         * @return the token the provider issued
         * @throws RoomTokenProviderException if the provider answered with an error
         * @throws RoomTokenUnavailableException if the provider could not be reached
         */
        default RoomToken execute() {
            return send().token();
        }
    }

    /**
     * A provider's successful answer to one exchange.
     *
     * @param statusCode the HTTP status it came with
     * @param token the token it carried
     */
    record Answer(int statusCode, RoomToken token) {
    }
}
