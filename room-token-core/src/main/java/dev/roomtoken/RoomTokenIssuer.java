package dev.roomtoken;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The provider SPI: what a provider module implements so that {@link RoomTokenTemplate} can mint
 * its tokens. An issuer checks a request against the provider's rules and prepares an
 * {@link Issuance}: an HTTP exchange that the template sends, retries and observes, or a token
 * signed in-process, which the template signs once and observes. The template owns everything
 * around it, so an issuer stays a translation between the portable API and the provider's.
 * Implementations are thread-safe and build what they can once, when they are created.
 *
 * @since 0.1.0
 */
public interface RoomTokenIssuer {

    /**
     * The provider's name, lower case, as used in properties and metrics.
     * @return for example {@code signalwire}
     */
    String provider();

    /**
     * Checks a request against the provider's rules and prepares the token. Nothing is sent or
     * signed until the template carries out the returned issuance.
     * @param request the request
     * @return how the token is made
     * @throws InvalidRoomTokenRequestException if the request cannot succeed
     * @throws IllegalArgumentException if the request carries another provider's options
     */
    Issuance prepareCreate(RoomTokenRequest request);

    /**
     * Prepares the refresh of a token. Providers without a refresh keep this default, which says
     * so.
     * @param room the room the refresh token was issued for
     * @param refreshToken the refresh token, {@code null} when the token being refreshed came
     * without one
     * @param refreshTokenExpiresAt when the refresh token expires, if known
     * @return how the refreshed token is made
     * @throws UnsupportedRoomTokenOperationException if the provider has no refresh
     * @throws InvalidRoomTokenRequestException if the refresh cannot succeed
     */
    default Issuance prepareRefresh(String room, @Nullable String refreshToken, @Nullable Instant refreshTokenExpiresAt) {
        throw new UnsupportedRoomTokenOperationException(provider(), "refresh");
    }
}
