package dev.roomtoken.livekit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.Issuance;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenOptions;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signing.JsonClaimsWriter;
import dev.roomtoken.signing.JsonWebSigner;
import org.jspecify.annotations.Nullable;

/**
 * Mints LiveKit access tokens in-process: HS256 JSON Web Tokens signed with the API secret, as
 * LiveKit's server SDKs make them. Nothing is sent anywhere, so there is nothing to retry; the
 * template signs once and observes it as a signing. Thread-safe; the key, the encoded header and
 * the claims that depend on the API key or the options alone are prepared once.
 *
 * <p>How a {@link RoomTokenRequest} maps onto the token:
 * <ul>
 * <li>{@code room}: the {@code video} grant's {@code room}, at most 256 bytes in UTF-8.</li>
 * <li>{@code identity}: {@code sub}, at most 256 bytes in UTF-8; required, since LiveKit refuses a
 * join without one, unless the options set {@code roomJoin} to {@code false}.</li>
 * <li>{@code displayName}: {@code name}, what others see as {@code Participant.name}, at most 256
 * bytes in UTF-8.</li>
 * <li>{@code ttl}: {@code exp} = the moment of signing + ttl, in whole seconds (so at least 1 s); unset, the
 * configured default, LiveKit's 6 hours unless changed. {@code nbf} is the moment of signing, or
 * the options' {@code notBefore}.</li>
 * </ul>
 * The byte limits are a LiveKit server's defaults ({@code limit.*}), which LiveKit Cloud keeps.
 * The {@code video} grant always carries {@code room} and {@code roomJoin} ({@code true} unless
 * the options say otherwise); {@link LiveKitTokenOptions} adds every other grant and claim.
 *
 * <p>{@link RoomToken#join()} has one detail, {@value #SERVER_URL}: the configured {@code wss://}
 * URL the client connects to with the token. {@link RoomToken#expiresAt()} is the token's
 * {@code exp}. LiveKit tokens have no refresh: {@code refreshToken} is unsupported.
 *
 * @since 0.1.0
 */
public final class LiveKitTokenIssuer implements RoomTokenIssuer {

    /** The provider's name in properties, metrics and {@link RoomToken#provider()}. */
    public static final String PROVIDER = "livekit";

    /** The name of the join detail that carries the server URL. */
    public static final String SERVER_URL = "serverUrl";

    /** How long a token lives when neither the request nor the builder says: LiveKit's SDKs' 6 hours. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(6);

    /** The shortest ttl: {@code exp} is written in whole seconds, and must come after {@code nbf}. */
    public static final Duration MIN_TTL = Duration.ofSeconds(1);

    /** The fewest bytes an HS256 secret has: the hash's size (RFC 7518, section 3.2). */
    public static final int MIN_SECRET_BYTES = 32;

    /**
     * The last {@code exp} written, in epoch seconds: the largest integer every JSON parser reads
     * exactly (2<sup>53</sup> - 1, RFC 7493, section 2.2).
     */
    static final long MAX_EPOCH_SECOND = (1L << 53) - 1;

    private final String apiKey;

    private final byte[] issuerPrefix;

    private final JsonWebSigner signer;

    private final Map<String, String> join;

    private final LiveKitTokenOptions defaults;

    private final Duration defaultTtl;

    private final Clock clock;

    private LiveKitTokenIssuer(String apiKey, JsonWebSigner signer, String serverUrl, LiveKitTokenOptions defaults,
            Duration defaultTtl, Clock clock) {
        this.apiKey = apiKey;
        this.issuerPrefix = LiveKitClaims.issuerPrefix(apiKey);
        this.signer = signer;
        this.join = Map.of(SERVER_URL, serverUrl);
        this.defaults = defaults;
        this.defaultTtl = defaultTtl;
        this.clock = clock;
    }

    /**
     * Starts building an issuer.
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public Issuance.Signing prepareCreate(RoomTokenRequest request) {
        LiveKitTokenOptions options = optionsOf(request.options()).withDefaults(this.defaults);
        String room = request.room();
        LiveKitLimits.checkBytes("room", room, LiveKitLimits.MAX_ROOM_NAME_BYTES);
        String identity = request.identity();
        if (identity != null) {
            LiveKitLimits.checkBytes("identity", identity, LiveKitLimits.MAX_IDENTITY_BYTES);
        }
        else if (!Boolean.FALSE.equals(options.roomJoin())) {
            throw new InvalidRoomTokenRequestException("identity",
                    "must be set: LiveKit requires an identity to join a room (unless roomJoin is false)");
        }
        String name = request.displayName();
        if (name != null) {
            LiveKitLimits.checkBytes("displayName", name, LiveKitLimits.MAX_NAME_BYTES);
        }
        Instant now = this.clock.instant();
        long expiresAt = expiry(now, (request.ttl() != null) ? request.ttl() : this.defaultTtl);
        long notBefore = (options.notBefore() != null) ? options.notBefore().getEpochSecond() : now.getEpochSecond();
        if (notBefore >= expiresAt) {
            throw new InvalidRoomTokenRequestException("notBefore", "must be before the token's expiry ("
                    + Instant.ofEpochSecond(expiresAt) + ")");
        }
        JsonClaimsWriter claims = LiveKitClaims.payload(this.issuerPrefix, room, identity, name, notBefore, expiresAt,
                options.claimsTail());
        Instant expiry = Instant.ofEpochSecond(expiresAt);
        return () -> new RoomToken(PROVIDER, room, this.signer.sign(claims), expiry, null,
                null, this.join);
    }

    private static LiveKitTokenOptions optionsOf(@Nullable RoomTokenOptions options) {
        if (options == null) {
            return LiveKitTokenOptions.none();
        }
        if (options instanceof LiveKitTokenOptions liveKitOptions) {
            return liveKitOptions;
        }
        throw new IllegalArgumentException(options.getClass().getSimpleName()
                + " cannot be used with LiveKit; use LiveKitTokenOptions");
    }

    private static long expiry(Instant now, Duration ttl) {
        if (ttl.compareTo(MIN_TTL) < 0) {
            throw new InvalidRoomTokenRequestException("ttl",
                    "must be at least 1 second: exp is written in whole seconds");
        }
        long expiresAt;
        try {
            expiresAt = now.plus(ttl).getEpochSecond();
        }
        catch (DateTimeException | ArithmeticException ex) {
            expiresAt = Long.MAX_VALUE;
        }
        if (expiresAt > MAX_EPOCH_SECOND) {
            throw new InvalidRoomTokenRequestException("ttl", "is too long: exp would be after " + MAX_EPOCH_SECOND
                    + " seconds since the epoch, the largest number every JSON parser reads exactly");
        }
        return expiresAt;
    }

    @Override
    public String toString() {
        return "LiveKitTokenIssuer[apiKey=" + this.apiKey + ", serverUrl=" + this.join.get(SERVER_URL)
                + ", defaultTtl=" + this.defaultTtl + ", defaults=" + this.defaults + "]";
    }

    /**
     * Builds a {@link LiveKitTokenIssuer}. Give the API key, the API secret and the server URL.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private @Nullable String apiKey;

        private @Nullable String apiSecret;

        private @Nullable String url;

        private LiveKitTokenOptions defaults = LiveKitTokenOptions.none();

        private Duration defaultTtl = DEFAULT_TTL;

        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the API key, written as every token's {@code iss}. Not a secret.
         * @param apiKey for example {@code APIxxxxxxxxxxxx}
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * Sets the API secret that signs every token.
         * @param apiSecret at least {@value LiveKitTokenIssuer#MIN_SECRET_BYTES} bytes in UTF-8
         * @return this builder
         */
        public Builder apiSecret(String apiSecret) {
            this.apiSecret = apiSecret;
            return this;
        }

        /**
         * Sets the URL of the LiveKit server that clients connect to, given to them as the join
         * detail {@value LiveKitTokenIssuer#SERVER_URL}.
         * @param url a {@code wss://} (or, for a local server, {@code ws://}) URL, for example
         * {@code wss://example.livekit.cloud}
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * Sets the options every request starts from; a request's own options override them.
         * @param defaults the default options
         * @return this builder
         */
        public Builder defaults(LiveKitTokenOptions defaults) {
            this.defaults = Objects.requireNonNull(defaults, "defaults");
            return this;
        }

        /**
         * Sets how long a token lives when the request gives no ttl.
         * @param defaultTtl at least {@link LiveKitTokenIssuer#MIN_TTL}; {@link LiveKitTokenIssuer#DEFAULT_TTL}
         * unless set
         * @return this builder
         * @throws IllegalArgumentException if it is shorter than a second
         */
        public Builder defaultTtl(Duration defaultTtl) {
            Objects.requireNonNull(defaultTtl, "defaultTtl");
            if (defaultTtl.compareTo(MIN_TTL) < 0) {
                throw new IllegalArgumentException(
                        "The LiveKit default ttl (defaultTtl) must be at least 1 second, was " + defaultTtl);
            }
            this.defaultTtl = defaultTtl;
            return this;
        }

        /**
         * Sets the clock that dates tokens, for tests.
         * @param clock the clock; the system's UTC clock unless set
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the issuer, checking the credentials and preparing the signing key.
         * @return the issuer
         * @throws IllegalStateException if the API key, API secret or URL is missing
         * @throws IllegalArgumentException if the secret is too short for HS256 or the URL is not a
         * WebSocket URL
         */
        public LiveKitTokenIssuer build() {
            if (this.apiKey == null || this.apiKey.isBlank()) {
                throw new IllegalStateException("Set the LiveKit API key (apiKey, roomtoken.livekit.api-key)");
            }
            if (this.apiSecret == null || this.apiSecret.isBlank()) {
                throw new IllegalStateException("Set the LiveKit API secret (apiSecret, roomtoken.livekit.api-secret)");
            }
            if (this.url == null || this.url.isBlank()) {
                throw new IllegalStateException("Set the LiveKit server URL (url, roomtoken.livekit.url), the "
                        + "wss:// address clients connect to");
            }
            String serverUrl = LiveKitServerUrl.check(this.url);
            byte[] secret = this.apiSecret.getBytes(StandardCharsets.UTF_8);
            if (secret.length < MIN_SECRET_BYTES) {
                throw new IllegalArgumentException("The LiveKit API secret (apiSecret, roomtoken.livekit.api-secret) "
                        + "must be at least " + MIN_SECRET_BYTES + " bytes for HS256 (RFC 7518, section 3.2)");
            }
            return new LiveKitTokenIssuer(this.apiKey, JsonWebSigner.hs256(secret), serverUrl, this.defaults,
                    this.defaultTtl, this.clock);
        }

        @Override
        public String toString() {
            return "LiveKitTokenIssuer.Builder[apiKey=" + this.apiKey + ", apiSecret=******, url=" + this.url + "]";
        }
    }
}
