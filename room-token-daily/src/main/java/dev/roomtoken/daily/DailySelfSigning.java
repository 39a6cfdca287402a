package dev.roomtoken.daily;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import dev.roomtoken.Issuance;
import dev.roomtoken.RoomToken;
import dev.roomtoken.signing.JsonWebSigner;
import org.jspecify.annotations.Nullable;

/**
 * Self-signed mode: the same properties signed in-process as an HS256 JSON Web Token keyed with
 * the API key, under Daily's abbreviated names, with the room ({@code r}), the domain id
 * ({@code d}) and the issue time ({@code iat}) that self-signing requires
 * (<a href="https://docs.daily.co/reference/rest-api/meeting-tokens/self-signing-tokens">self-signing tokens</a>).
 * No round trip to Daily, nothing to retry.
 */
final class DailySelfSigning {

    private static final Map<String, Object> NO_HEADER = Map.of();

    private final JsonWebSigner signer;

    private final String domainId;

    private final Clock clock;

    DailySelfSigning(JsonWebSigner signer, String domainId, Clock clock) {
        this.signer = signer;
        this.domainId = domainId;
        this.clock = clock;
    }

    /**
     * Prepares a token; {@code exp} is the explicit expiry, or else the signing second plus the ttl.
     */
    Issuance.Signing prepare(String room, DailyProperties properties, @Nullable Instant explicitExpiry,
            long ttlSeconds, Map<String, String> join) {
        DailyProperties signable = properties.selfSignable();
        return () -> {
            long issuedAt = this.clock.instant().getEpochSecond();
            Instant expiresAt = (explicitExpiry != null) ? explicitExpiry : Instant.ofEpochSecond(issuedAt + ttlSeconds);
            String token = this.signer.sign(NO_HEADER,
                    signable.expiringAt(expiresAt).selfSignedClaims(this.domainId, issuedAt));
            return new RoomToken(DailyTokenIssuer.PROVIDER, room, token, expiresAt, null, null, join);
        };
    }

    @Override
    public String toString() {
        return "DailySelfSigning[domainId=" + this.domainId + "]";
    }
}
