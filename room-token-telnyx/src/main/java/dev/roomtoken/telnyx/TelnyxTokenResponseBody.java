package dev.roomtoken.telnyx;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The {@code 201} answer of both Telnyx token endpoints; the refresh answer has no refresh token.
 * Fields Telnyx adds later are ignored. Tokens are read as whatever JSON value they are, so that
 * anything but a string can be refused instead of coerced into one.
 */
record TelnyxTokenResponseBody(@JsonProperty("data") @Nullable Data data) {

    record Data(@JsonProperty("token") @Nullable Object token,
            @JsonProperty("token_expires_at") @Nullable Instant tokenExpiresAt,
            @JsonProperty("refresh_token") @Nullable Object refreshToken,
            @JsonProperty("refresh_token_expires_at") @Nullable Instant refreshTokenExpiresAt) {

        @Override
        public String toString() {
            return "Data[token=******, tokenExpiresAt=" + this.tokenExpiresAt + "]";
        }
    }
}
