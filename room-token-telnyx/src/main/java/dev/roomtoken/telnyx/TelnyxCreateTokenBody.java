package dev.roomtoken.telnyx;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON body of {@code POST /rooms/{room_id}/actions/generate_join_client_token}.
 */
record TelnyxCreateTokenBody(@JsonProperty("token_ttl_secs") int tokenTtlSecs,
        @JsonProperty("refresh_token_ttl_secs") int refreshTokenTtlSecs) {
}
