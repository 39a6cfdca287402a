package dev.roomtoken.sample;

import dev.roomtoken.InvalidRoomTokenRequestException;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/rooms/{room}/tokens/refresh}.
 *
 * @param refreshToken the refresh token that came with an earlier token
 */
record RefreshRequestBody(@Nullable String refreshToken) {

    String requiredRefreshToken() {
        if (this.refreshToken == null || this.refreshToken.isBlank()) {
            throw new InvalidRoomTokenRequestException("refreshToken", "must not be blank");
        }
        return this.refreshToken;
    }

    /** Never prints the refresh token: request bodies reach DEBUG and TRACE logs. */
    @Override
    public String toString() {
        return "RefreshRequestBody[refreshToken=" + ((this.refreshToken != null) ? "******" : "null") + "]";
    }
}
