package dev.roomtoken.zoom;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.Issuance;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenOptions;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signing.JsonWebSigner;
import org.jspecify.annotations.Nullable;

/**
 * Signs Zoom Video SDK tokens in-process: HS256 JSON Web Tokens with the header
 * {@code {"alg":"HS256","typ":"JWT"}}, keyed with the Video SDK secret, as Zoom's authorization page
 * describes (<a href="https://developers.zoom.us/docs/video-sdk/auth/">developers.zoom.us/docs/video-sdk/auth</a>).
 * Nothing is sent anywhere, so nothing is retried; the template observes each token as a signing.
 * Thread-safe; the key is prepared once, when the issuer is built.
 *
 * <p>How a request becomes a token:
 * <ul>
 * <li>{@code room}: the session name, claim {@code tpc}: at most 200 characters of ASCII letters,
 * digits, spaces and {@code !#$%&()+-:;<=.>?@[]^_{}|~,\}. Zoom matches it case-insensitively, so
 * {@code Standup} and {@code standup} are one session.</li>
 * <li>{@code identity}: claim {@code user_key}, at most 36 characters (or {@code user_identity}, at
 * most 35, see {@link Builder#identityClaim(ZoomIdentityClaim)}); left out when not set.</li>
 * <li>{@code displayName}: a Zoom token carries no user name, the client passes it to
 * {@code join()}; so it is not signed but returned as the join detail {@code userName}, at most 200
 * characters, Zoom's limit on a user name in a session.</li>
 * <li>{@code ttl}: {@code exp - iat}, a whole number of seconds from 1800 to 172800, Zoom's bounds;
 * one outside them is an invalid request, never stretched. Two hours when the request sets none
 * (the default of Zoom's auth endpoint sample), or the configured {@link Builder#tokenTtl(Duration)}.</li>
 * <li>{@code iat} is the clock's current second; {@code version} is 1; {@code role_type} the
 * options' role, participant (0) by default; the other claims come from {@link ZoomTokenOptions}.</li>
 * </ul>
 * {@link RoomToken#expiresAt()} is {@code exp}; {@link RoomToken#join()} holds {@code sessionName}
 * (the {@code tpc} to pass to the client's {@code join()}) and, when the request has a display name,
 * {@code userName}. Zoom has no refresh: mint a new token instead.
 *
 * @since 0.1.0
 */
public final class ZoomTokenIssuer implements RoomTokenIssuer {

    /** The provider's name in properties, metrics and {@link RoomToken#provider()}. */
    public static final String PROVIDER = "zoom";

    /** The shortest lifetime Zoom takes: {@code exp} at least 1800 seconds after {@code iat}. */
    public static final Duration MIN_TTL = Duration.ofSeconds(1800);

    /** The longest lifetime Zoom takes: {@code exp} at most 48 hours after {@code iat}. */
    public static final Duration MAX_TTL = Duration.ofSeconds(172_800);

    /** The lifetime of a token whose request sets none, unless configured otherwise. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(2);

    /** The most characters a user name in a session takes; Zoom's SDKs cut longer names. */
    public static final int MAX_USER_NAME_LENGTH = 200;

    /** The value of the required {@code version} claim. */
    static final int VERSION = 1;

    private static final Map<String, Object> NO_HEADER = Map.of();

    private final String sdkKey;

    private final JsonWebSigner signer;

    private final Duration tokenTtl;

    private final ZoomIdentityClaim identityClaim;

    private final ZoomTokenOptions defaults;

    private final Clock clock;

    private ZoomTokenIssuer(String sdkKey, JsonWebSigner signer, Builder builder) {
        this.sdkKey = sdkKey;
        this.signer = signer;
        this.tokenTtl = builder.tokenTtl;
        this.identityClaim = builder.identityClaim;
        this.defaults = builder.defaults;
        this.clock = builder.clock;
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
        String sessionName = ZoomSessionName.check(request.room());
        String identity = request.identity();
        if (identity != null && identity.length() > this.identityClaim.maxLength()) {
            throw new InvalidRoomTokenRequestException("identity", "must be at most " + this.identityClaim.maxLength()
                    + " characters, Zoom's limit on " + this.identityClaim.claim() + " (was " + identity.length() + ")");
        }
        String userName = request.displayName();
        if (userName != null && userName.length() > MAX_USER_NAME_LENGTH) {
            throw new InvalidRoomTokenRequestException("displayName", "must be at most " + MAX_USER_NAME_LENGTH
                    + " characters, Zoom's limit on a user name in a session (was " + userName.length() + ")");
        }
        long ttlSeconds = ttlSeconds("ttl", (request.ttl() != null) ? request.ttl() : this.tokenTtl);
        ZoomTokenOptions options = (request.options() != null)
                ? optionsOf(request.options()).withDefaults(this.defaults) : this.defaults;
        Map<String, String> join = new LinkedHashMap<>();
        join.put("sessionName", sessionName);
        if (userName != null) {
            join.put("userName", userName);
        }
        return () -> {
            long issuedAt = this.clock.instant().getEpochSecond();
            long expiresAt = issuedAt + ttlSeconds;
            String token = this.signer.sign(NO_HEADER, claims(sessionName, identity, options, issuedAt, expiresAt));
            return new RoomToken(PROVIDER, request.room(), token, Instant.ofEpochSecond(expiresAt), null, null,
                    join);
        };
    }

    private Map<String, @Nullable Object> claims(String sessionName, @Nullable String identity,
            ZoomTokenOptions options, long issuedAt, long expiresAt) {
        Map<String, @Nullable Object> claims = new LinkedHashMap<>();
        claims.put("app_key", this.sdkKey);
        claims.put("role_type", ((options.role() != null) ? options.role() : ZoomRole.PARTICIPANT).roleType());
        claims.put("tpc", sessionName);
        claims.put("version", VERSION);
        claims.put("iat", issuedAt);
        claims.put("exp", expiresAt);
        claims.put(this.identityClaim.claim(), identity);
        claims.put("session_key", options.sessionKey());
        claims.put("geo_regions", geoRegions(options));
        claims.put("cloud_recording_option", flag(options.cloudRecordingOption()));
        claims.put("cloud_recording_election", flag(options.cloudRecordingElection()));
        claims.put("telemetry_tracking_id", options.telemetryTrackingId());
        claims.put("video_webrtc_mode", flag(options.videoWebRtcMode()));
        claims.put("audio_webrtc_mode", flag(options.audioWebRtcMode()));
        return claims;
    }

    private static @Nullable String geoRegions(ZoomTokenOptions options) {
        if (options.geoRegions() == null) {
            return null;
        }
        StringBuilder codes = new StringBuilder();
        for (ZoomGeoRegion region : options.geoRegions()) {
            codes.append((codes.length() > 0) ? "," : "").append(region.name());
        }
        return codes.toString();
    }

    private static @Nullable Integer flag(@Nullable Boolean value) {
        return (value != null) ? (value ? 1 : 0) : null;
    }

    private static long ttlSeconds(String field, Duration ttl) {
        if (ttl.compareTo(MIN_TTL) < 0 || ttl.compareTo(MAX_TTL) > 0 || ttl.toNanosPart() != 0) {
            throw new InvalidRoomTokenRequestException(field,
                    "must be a whole number of seconds from " + MIN_TTL.toSeconds() + " to " + MAX_TTL.toSeconds()
                            + " (Zoom's bounds on exp - iat), was " + ttl);
        }
        return ttl.toSeconds();
    }

    private static ZoomTokenOptions optionsOf(RoomTokenOptions options) {
        if (options instanceof ZoomTokenOptions zoomOptions) {
            return zoomOptions;
        }
        throw new IllegalArgumentException(
                options.getClass().getSimpleName() + " cannot be used with Zoom; use ZoomTokenOptions");
    }

    @Override
    public String toString() {
        return "ZoomTokenIssuer[sdkKey=" + this.sdkKey + ", sdkSecret=******, tokenTtl=" + this.tokenTtl
                + ", identityClaim=" + this.identityClaim.claim() + ", defaults=" + this.defaults + "]";
    }

    /**
     * Builds a {@link ZoomTokenIssuer}. Give the Video SDK key and secret of a Video SDK app (not
     * those of a Meeting SDK app, and not the Video SDK API key, which signs REST calls).
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private @Nullable String sdkKey;

        private @Nullable String sdkSecret;

        private Duration tokenTtl = DEFAULT_TTL;

        private ZoomIdentityClaim identityClaim = ZoomIdentityClaim.USER_KEY;

        private ZoomTokenOptions defaults = ZoomTokenOptions.none();

        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the Video SDK key, written into every token as {@code app_key}.
         * @param sdkKey the key
         * @return this builder
         */
        public Builder sdkKey(String sdkKey) {
            this.sdkKey = sdkKey;
            return this;
        }

        /**
         * Sets the Video SDK secret, the HS256 key. It is never printed.
         * @param sdkSecret the secret
         * @return this builder
         */
        public Builder sdkSecret(String sdkSecret) {
            this.sdkSecret = sdkSecret;
            return this;
        }

        /**
         * Sets the lifetime of a token whose request sets no ttl.
         * @param tokenTtl a whole number of seconds from 1800 to 172800; two hours by default
         * @return this builder
         * @throws IllegalArgumentException if it is outside Zoom's bounds
         */
        public Builder tokenTtl(Duration tokenTtl) {
            try {
                ttlSeconds("tokenTtl", tokenTtl);
            }
            catch (InvalidRoomTokenRequestException ex) {
                throw new IllegalArgumentException(ex.getMessage(), ex);
            }
            this.tokenTtl = tokenTtl;
            return this;
        }

        /**
         * Sets the claim the request's identity goes into.
         * @param identityClaim {@link ZoomIdentityClaim#USER_KEY} by default
         * @return this builder
         */
        public Builder identityClaim(ZoomIdentityClaim identityClaim) {
            this.identityClaim = Objects.requireNonNull(identityClaim, "identityClaim");
            return this;
        }

        /**
         * Sets the options every request starts from; a request's own options override them.
         * @param defaults the default options
         * @return this builder
         */
        public Builder defaults(ZoomTokenOptions defaults) {
            this.defaults = Objects.requireNonNull(defaults, "defaults");
            return this;
        }

        /**
         * Sets the clock that {@code iat} and {@code exp} are counted from.
         * @param clock the clock; the system UTC clock by default
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the issuer, preparing the HS256 key once.
         * @return the issuer
         * @throws IllegalStateException if the SDK key or secret is missing or blank
         */
        public ZoomTokenIssuer build() {
            if (this.sdkKey == null || this.sdkKey.isBlank()) {
                throw new IllegalStateException("Set the Zoom Video SDK key (sdkKey)");
            }
            if (this.sdkSecret == null || this.sdkSecret.isBlank()) {
                throw new IllegalStateException("Set the Zoom Video SDK secret (sdkSecret)");
            }
            return new ZoomTokenIssuer(this.sdkKey,
                    JsonWebSigner.hs256(this.sdkSecret.getBytes(StandardCharsets.UTF_8)), this);
        }

        @Override
        public String toString() {
            return "ZoomTokenIssuer.Builder[sdkKey=" + this.sdkKey + ", sdkSecret=******]";
        }
    }
}
