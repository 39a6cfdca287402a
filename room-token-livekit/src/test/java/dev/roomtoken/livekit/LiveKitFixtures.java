package dev.roomtoken.livekit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The credentials and clock the LiveKit tests share.
 */
final class LiveKitFixtures {

    static final String API_KEY = "APIr00mT0ken42";

    static final String API_SECRET = "s3cr3t-0f-the-l1vekit-pr0ject-f0r-tests-0nly";

    static final String URL = "wss://room-token.livekit.cloud";

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private LiveKitFixtures() {
    }

    static LiveKitTokenIssuer.Builder issuerBuilder() {
        return LiveKitTokenIssuer.builder()
            .apiKey(API_KEY)
            .apiSecret(API_SECRET)
            .url(URL)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static LiveKitTokenIssuer issuer() {
        return issuerBuilder().build();
    }
}
