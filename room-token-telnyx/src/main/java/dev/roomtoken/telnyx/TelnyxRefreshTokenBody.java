package dev.roomtoken.telnyx;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON body of {@code POST /rooms/{room_id}/actions/refresh_client_token}.
 */
record TelnyxRefreshTokenBody(@JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("token_ttl_secs") int tokenTtlSecs) {

    @Override
    public String toString() {
        return "TelnyxRefreshTokenBody[refreshToken=******, tokenTtlSecs=" + this.tokenTtlSecs + "]";
    }
}
