package dev.roomtoken;

/**
 * The operations an application uses to mint and refresh video room tokens. Implemented by
 * {@link RoomTokenTemplate}; depend on this interface where a test double is wanted.
 *
 * @since 0.1.0
 */
public interface RoomTokenOperations {

    /**
     * Mints a token that lets one client join one room.
     * @param request the room, the portable fields and any provider options
     * @return the token as the provider issued it
     * @throws InvalidRoomTokenRequestException if the request cannot succeed with this provider;
     * nothing is sent in that case
     * @throws RoomTokenProviderException if the provider answered with an error
     * @throws RoomTokenUnavailableException if the provider could not be reached
     */
    RoomToken createToken(RoomTokenRequest request);

    /**
     * Mints a fresh token for the room of a token that this provider issued earlier, using the
     * refresh token that came with it.
     * @param previous a token returned by {@link #createToken} or an earlier refresh
     * @return the refreshed token
     * @throws UnsupportedRoomTokenOperationException if the provider does not offer refresh
     * @throws InvalidRoomTokenRequestException if {@code previous} has no refresh token or it has
     * expired
     */
    RoomToken refreshToken(RoomToken previous);

    /**
     * Mints a fresh token for a room from a refresh token the caller kept, for example one that a
     * client sent back.
     * @param room the room the refresh token was issued for
     * @param refreshToken the refresh token
     * @return the refreshed token
     * @throws UnsupportedRoomTokenOperationException if the provider does not offer refresh
     */
    RoomToken refreshToken(String room, String refreshToken);

    /**
     * The provider this instance talks to, for example {@code signalwire} or {@code telnyx}.
     * @return the provider's name, lower case
     */
    String provider();
}
