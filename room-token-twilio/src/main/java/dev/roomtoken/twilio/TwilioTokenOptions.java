package dev.roomtoken.twilio;

import java.time.Instant;

import dev.roomtoken.RoomTokenOptions;
import org.jspecify.annotations.Nullable;

/**
 * The Twilio Video access token field that is not portable: the instant before which the token is
 * not valid. Everything else a Video token carries comes from the request ({@code room},
 * {@code identity}, {@code ttl}) or the configuration (the SIDs and the region).
 *
 * @param notBefore the token's {@code nbf}; {@code null} writes none, so the token is valid at once
 * @since 0.1.0
 */
public record TwilioTokenOptions(@Nullable Instant notBefore) implements RoomTokenOptions {

    /**
     * Options with the given {@code nbf}.
     * @param notBefore an instant before the token's expiry
     * @return the options
     */
    public static TwilioTokenOptions notBefore(Instant notBefore) {
        return new TwilioTokenOptions(notBefore);
    }
}
