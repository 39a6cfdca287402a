package dev.roomtoken.twilio;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The credentials and clock the Twilio tests share.
 */
final class TwilioFixtures {

    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

    static final String API_KEY_SID = "SKfedcba9876543210fedcba9876543210";

    static final String API_KEY_SECRET = "tw1l10S3cr3tF0rT3st50nly01234567";

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private TwilioFixtures() {
    }

    static TwilioTokenIssuer.Builder issuerBuilder() {
        return TwilioTokenIssuer.builder()
            .accountSid(ACCOUNT_SID)
            .apiKeySid(API_KEY_SID)
            .apiKeySecret(API_KEY_SECRET)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static TwilioTokenIssuer issuer() {
        return issuerBuilder().build();
    }
}
