package dev.roomtoken.twilio;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

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
 * Mints Twilio Video access tokens in-process: HS256 JSON Web Tokens signed with an API key's
 * secret, as Twilio's helper libraries make them. Nothing is sent anywhere, so there is nothing to
 * retry; the template signs once and observes it as a signing. Thread-safe; the key, the encoded
 * header and the claims that depend on the configuration alone are prepared once.
 *
 * <p>The token: header {@code {"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"}}, with
 * {@code "twr"} when a region is configured; claims {@code jti} = {@code <API key SID>-<epoch
 * second of signing>}, {@code iss} = the API key SID, {@code sub} = the account SID, {@code exp},
 * {@code nbf} when the options set one, and {@code grants} =
 * {@code {"identity": <identity>, "video": {"room": <room>}}}.
 *
 * <p>How a {@link RoomTokenRequest} maps onto the token:
 * <ul>
 * <li>{@code room}: {@code grants.video.room}, a room's unique name or its {@code RM} SID, as
 * given.</li>
 * <li>{@code identity}: {@code grants.identity}; required, since Twilio Video refuses a
 * participant without one; at most 128 characters, each one outside ASCII counted as 2.</li>
 * <li>{@code displayName}: not sent. A Twilio Video token has no display name; participants see
 * each other's identity. It is left out, never turned into the identity.</li>
 * <li>{@code ttl}: {@code exp} = the moment of signing + ttl, in whole seconds, from 1 second to
 * 24 hours (Twilio refuses a token that lives longer, error 20157); unset, the configured default,
 * Twilio's helper libraries' 1 hour unless changed.</li>
 * </ul>
 *
 * <p>{@link RoomToken#join()} is empty: a Twilio Video client connects with the token alone (and the
 * room's name, {@link RoomToken#room()}); the identity is inside the token.
 * {@link RoomToken#expiresAt()} is the token's {@code exp}. Twilio access tokens have no refresh:
 * {@code refreshToken} is unsupported.
 *
 * @since 0.1.0
 */
public final class TwilioTokenIssuer implements RoomTokenIssuer {

    /** The provider's name in properties, metrics and {@link RoomToken#provider()}. */
    public static final String PROVIDER = "twilio";

    /** How long a token lives when neither the request nor the builder says: Twilio's helper libraries' hour. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(1);

    /** The shortest ttl: {@code exp} is written in whole seconds. */
    public static final Duration MIN_TTL = Duration.ofSeconds(1);

    /** The longest ttl Twilio accepts (error 20157 beyond it). */
    public static final Duration MAX_TTL = Duration.ofHours(24);

    /** The fewest bytes an HS256 secret has: the hash's size (RFC 7518, section 3.2). Twilio's are 32 characters. */
    public static final int MIN_SECRET_BYTES = 32;

    /** The content type Twilio's access tokens declare in their header, {@code cty}. */
    static final String CONTENT_TYPE = "twilio-fpa;v=1";

    private static final Pattern REGION = Pattern.compile("[a-z]{2}[0-9]+");

    private final String apiKeySid;

    private final String accountSid;

    private final @Nullable String region;

    private final byte[] jtiPrefix;

    private final byte[] afterJti;

    private final JsonWebSigner signer;

    private final Duration defaultTtl;

    private final Clock clock;

    private TwilioTokenIssuer(String accountSid, String apiKeySid, byte[] secret, @Nullable String region,
            Duration defaultTtl, Clock clock) {
        this.apiKeySid = apiKeySid;
        this.accountSid = accountSid;
        this.region = region;
        Map<String, String> header = new LinkedHashMap<>();
        header.put("cty", CONTENT_TYPE);
        if (region != null) {
            header.put("twr", region);
        }
        this.signer = JsonWebSigner.hs256(secret, header);
        // the SIDs are letters and digits: nothing in them needs escaping
        this.jtiPrefix = new JsonClaimsWriter(48).raw("{\"jti\":\"").raw(apiKeySid).raw("-").toByteArray();
        this.afterJti = new JsonClaimsWriter(96).raw("\",\"iss\":\"")
            .raw(apiKeySid)
            .raw("\",\"sub\":\"")
            .raw(accountSid)
            .raw("\",\"exp\":")
            .toByteArray();
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
        Instant notBefore = optionsOf(request.options()).notBefore();
        String room = request.room();
        String identity = request.identity();
        if (identity == null) {
            throw new InvalidRoomTokenRequestException("identity",
                    "must be set: Twilio Video requires an identity to connect");
        }
        TwilioIdentity.check(identity);
        Duration ttl = (request.ttl() != null) ? request.ttl() : this.defaultTtl;
        checkTtl(ttl);
        Instant now = this.clock.instant();
        long signedAt = now.getEpochSecond();
        long expiresAt = now.plus(ttl).getEpochSecond();
        if (notBefore != null && notBefore.getEpochSecond() >= expiresAt) {
            throw new InvalidRoomTokenRequestException("notBefore", "must be before the token's expiry ("
                    + Instant.ofEpochSecond(expiresAt) + ")");
        }
        JsonClaimsWriter claims = new JsonClaimsWriter(
                this.jtiPrefix.length + this.afterJti.length + 2 * (identity.length() + room.length()) + 96);
        claims.raw(this.jtiPrefix).number(signedAt).raw(this.afterJti).number(expiresAt);
        if (notBefore != null) {
            claims.raw(",\"nbf\":").number(notBefore.getEpochSecond());
        }
        claims.raw(",\"grants\":{\"identity\":").string(identity).raw(",\"video\":{\"room\":").string(room).raw("}}}");
        Instant expiry = Instant.ofEpochSecond(expiresAt);
        return () -> new RoomToken(PROVIDER, room, this.signer.sign(claims), expiry, null,
                null);
    }

    private static TwilioTokenOptions optionsOf(@Nullable RoomTokenOptions options) {
        if (options == null) {
            return new TwilioTokenOptions(null);
        }
        if (options instanceof TwilioTokenOptions twilioOptions) {
            return twilioOptions;
        }
        throw new IllegalArgumentException(options.getClass().getSimpleName()
                + " cannot be used with Twilio; use TwilioTokenOptions");
    }

    private static void checkTtl(Duration ttl) {
        if (ttl.compareTo(MIN_TTL) < 0) {
            throw new InvalidRoomTokenRequestException("ttl",
                    "must be at least 1 second: exp is written in whole seconds");
        }
        if (ttl.compareTo(MAX_TTL) > 0) {
            throw new InvalidRoomTokenRequestException("ttl",
                    "must be at most 24 hours: Twilio refuses a token that lives longer (was " + ttl + ")");
        }
    }

    @Override
    public String toString() {
        return "TwilioTokenIssuer[accountSid=" + this.accountSid + ", apiKeySid=" + this.apiKeySid + ", region="
                + this.region + ", defaultTtl=" + this.defaultTtl + "]";
    }

    /**
     * Builds a {@link TwilioTokenIssuer}. Give the account SID, the API key SID and its secret.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private @Nullable String accountSid;

        private @Nullable String apiKeySid;

        private @Nullable String apiKeySecret;

        private @Nullable String region;

        private Duration defaultTtl = DEFAULT_TTL;

        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the account SID, every token's {@code sub}.
         * @param accountSid {@code AC} and 32 hexadecimal digits
         * @return this builder
         */
        public Builder accountSid(String accountSid) {
            this.accountSid = accountSid;
            return this;
        }

        /**
         * Sets the SID of the API key that signs, every token's {@code iss}. Twilio Video takes
         * tokens signed with keys of its United States (US1) region only.
         * @param apiKeySid {@code SK} and 32 hexadecimal digits
         * @return this builder
         */
        public Builder apiKeySid(String apiKeySid) {
            this.apiKeySid = apiKeySid;
            return this;
        }

        /**
         * Sets the API key's secret, which signs every token.
         * @param apiKeySecret at least {@value TwilioTokenIssuer#MIN_SECRET_BYTES} bytes in UTF-8,
         * as Twilio's are
         * @return this builder
         */
        public Builder apiKeySecret(String apiKeySecret) {
            this.apiKeySecret = apiKeySecret;
            return this;
        }

        /**
         * Sets the region written as the header's {@code twr}, for an API key of another region
         * than US1. Blank or {@code null} writes none.
         * @param region a Twilio region id such as {@code ie1} or {@code au1}
         * @return this builder
         */
        public Builder region(@Nullable String region) {
            this.region = region;
            return this;
        }

        /**
         * Sets how long a token lives when the request gives no ttl.
         * @param defaultTtl from {@link TwilioTokenIssuer#MIN_TTL} to {@link TwilioTokenIssuer#MAX_TTL};
         * {@link TwilioTokenIssuer#DEFAULT_TTL} unless set
         * @return this builder
         * @throws IllegalArgumentException if it is out of those bounds
         */
        public Builder defaultTtl(Duration defaultTtl) {
            Objects.requireNonNull(defaultTtl, "defaultTtl");
            if (defaultTtl.compareTo(MIN_TTL) < 0 || defaultTtl.compareTo(MAX_TTL) > 0) {
                throw new IllegalArgumentException(
                        "The Twilio default ttl (defaultTtl) must be from 1 second to 24 hours, was " + defaultTtl);
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
         * Builds the issuer, checking the settings and preparing the signing key.
         * @return the issuer
         * @throws IllegalStateException if the account SID, API key SID or secret is missing
         * @throws IllegalArgumentException if a SID is malformed, the secret too short for HS256 or
         * the region not a region id
         */
        public TwilioTokenIssuer build() {
            if (this.accountSid == null || this.accountSid.isBlank()) {
                throw new IllegalStateException("Set the Twilio account SID (accountSid, roomtoken.twilio.account-sid)");
            }
            if (this.apiKeySid == null || this.apiKeySid.isBlank()) {
                throw new IllegalStateException("Set the Twilio API key SID (apiKeySid, roomtoken.twilio.api-key-sid)");
            }
            if (this.apiKeySecret == null || this.apiKeySecret.isBlank()) {
                throw new IllegalStateException(
                        "Set the Twilio API key secret (apiKeySecret, roomtoken.twilio.api-key-secret)");
            }
            TwilioSid.check("AC", this.accountSid, "The Twilio account SID (accountSid, roomtoken.twilio.account-sid)");
            TwilioSid.check("SK", this.apiKeySid, "The Twilio API key SID (apiKeySid, roomtoken.twilio.api-key-sid)");
            byte[] secret = this.apiKeySecret.getBytes(StandardCharsets.UTF_8);
            if (secret.length < MIN_SECRET_BYTES) {
                throw new IllegalArgumentException("The Twilio API key secret (apiKeySecret, "
                        + "roomtoken.twilio.api-key-secret) must be at least " + MIN_SECRET_BYTES
                        + " bytes for HS256 (RFC 7518, section 3.2); Twilio's secrets are 32 characters");
            }
            String regionId = (this.region != null && !this.region.isBlank()) ? this.region : null;
            if (regionId != null && !REGION.matcher(regionId).matches()) {
                // not repeated: a secret set in the wrong property would be
                throw new IllegalArgumentException("The Twilio region (region, roomtoken.twilio.region) must be a "
                        + "region id such as us1, ie1 or au1: two lower-case letters and a number");
            }
            return new TwilioTokenIssuer(this.accountSid, this.apiKeySid, secret, regionId, this.defaultTtl,
                    this.clock);
        }

        @Override
        public String toString() {
            return "TwilioTokenIssuer.Builder[accountSid=" + this.accountSid + ", apiKeySid=" + this.apiKeySid
                    + ", apiKeySecret=******, region=" + this.region + "]";
        }
    }
}
