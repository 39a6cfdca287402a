package dev.roomtoken;

/**
 * How a prepared token is made, one of two kinds, which {@link RoomTokenTemplate} treats
 * differently: an {@link Exchange} with the provider over HTTP is sent, retried when it fails
 * transiently, and observed with the HTTP status of its last answer; a {@link Signing} is computed
 * in-process once, never retried, and observed with no status, since none exists.
 *
 * @since 0.1.0
 */
public sealed interface Issuance permits Issuance.Exchange, Issuance.Signing {

    /**
     * The kind, as an observation key value.
     * @return {@code exchange} or {@code signing}
     */
    String kind();

    /**
     * One prepared HTTP exchange with the provider, sent once each time {@link #send()} is called.
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    non-sealed interface Exchange extends Issuance {

        /** The kind of every exchange. */
        String KIND = "exchange";

        /**
         * Sends the prepared request once and reads the answer.
         * @return the token the provider issued, with the HTTP status it came with
         * @throws RoomTokenProviderException if the provider answered with an error or with
         * something the client refuses
         * @throws RoomTokenUnavailableException if the provider could not be reached
         */
        Answer send();

        @Override
        default String kind() {
            return KIND;
        }
    }

    /**
     * A token signed in-process with the provider's credentials: no network, nothing to retry.
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    non-sealed interface Signing extends Issuance {

        /**
         * Signs the token.
         * @return the token
         */
        RoomToken sign();

        @Override
        default String kind() {
            return "signing";
        }
    }

    /**
     * A provider's successful answer to one exchange.
     *
     * @param statusCode the HTTP status it came with
     * @param token the token it carried
     * @since 0.1.0
     */
    record Answer(int statusCode, RoomToken token) {
    }
}
