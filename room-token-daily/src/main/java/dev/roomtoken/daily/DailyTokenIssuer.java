package dev.roomtoken.daily;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.Issuance;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenOptions;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.http.JsonExchange;
import dev.roomtoken.http.ProviderText;
import dev.roomtoken.http.RestIssuerBuilder;
import dev.roomtoken.signing.JsonWebSigner;
import org.jspecify.annotations.Nullable;

/**
 * Mints Daily meeting tokens, in one of two modes that give a token the same meaning:
 * <ul>
 * <li>REST (the default): {@code POST {base}/meeting-tokens} with the API key as a bearer token and
 * the body {@code {"properties": {...}}}, Daily's answer {@code {"token": "..."}}
 * (<a href="https://docs.daily.co/reference/rest-api/meeting-tokens/create-meeting-token">create meeting token</a>).
 * The template sends, retries and observes the call; Daily's error answers
 * ({@code {"error", "info"}}, <a href="https://docs.daily.co/docs/rest-api/errors">errors</a>) become
 * {@link dev.roomtoken.RoomTokenProviderException}s with {@code error} as the error code.</li>
 * <li>Self-signed ({@link Builder#selfSigned(boolean)}): the same properties signed in-process as
 * an HS256 JSON Web Token keyed with the API key, under Daily's abbreviated names, with the domain
 * id (<a href="https://docs.daily.co/reference/rest-api/meeting-tokens/self-signing-tokens">self-signing tokens</a>).
 * No round trip; the options Daily gives no abbreviation ({@code enablePrejoinUi},
 * {@code enableLiveCaptionsUi}, {@code enableTerseLogging}, {@code permissions}) are refused as an
 * invalid request rather than dropped.</li>
 * </ul>
 * Every rule is checked before anything is sent or signed. How a request becomes a token:
 * <ul>
 * <li>{@code room}: {@code room_name} ({@code r}), always set, as Daily recommends: at most 128
 * characters of {@code [A-Za-z0-9_-]}.</li>
 * <li>{@code identity}: {@code user_id} ({@code ud}), at most 36 characters.</li>
 * <li>{@code displayName}: {@code user_name} ({@code u}).</li>
 * <li>{@code ttl}: {@code exp} ({@code exp}), always set, as Daily recommends: now plus the ttl, a
 * whole number of seconds, or the configured {@link Builder#tokenTtl(Duration)} (one hour by
 * default); {@link DailyTokenOptions#expiresAt()} overrides it.</li>
 * </ul>
 * {@link RoomToken#expiresAt()} is {@code exp}. {@link RoomToken#join()} holds {@code roomUrl},
 * {@code https://<domain>.daily.co/<room>}, when {@link Builder#domainName(String)} is set; a token
 * does not name its domain, so without it the client uses the room URL it already has. Daily has no
 * refresh: mint a new token instead. Thread-safe; the HTTP client or the HS256 key is prepared
 * once, when the issuer is built.
 *
 * @since 0.1.0
 */
public final class DailyTokenIssuer implements RoomTokenIssuer {

    /** The provider's name in properties, metrics and {@link RoomToken#provider()}. */
    public static final String PROVIDER = "daily";

    /** Daily's API base URL. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.daily.co/v1");

    /** The path of the meeting token endpoint below the base URL. */
    public static final String MEETING_TOKENS_PATH = DailyRestMinting.PATH;

    /** The lifetime of a token whose request sets no ttl, unless configured otherwise. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(1);

    /** The most characters {@code user_id} takes: "The user_id has a limit of 36 characters." */
    public static final int MAX_USER_ID_LENGTH = 36;

    private static final Pattern DOMAIN_NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private final @Nullable DailyRestMinting rest;

    private final @Nullable DailySelfSigning selfSigning;

    private final Duration tokenTtl;

    private final DailyTokenOptions defaults;

    private final @Nullable String roomUrlPrefix;

    private final Clock clock;

    private DailyTokenIssuer(@Nullable DailyRestMinting rest, @Nullable DailySelfSigning selfSigning, Builder builder,
            Clock clock) {
        this.rest = rest;
        this.selfSigning = selfSigning;
        this.tokenTtl = builder.tokenTtl;
        this.defaults = builder.defaults;
        this.roomUrlPrefix = (builder.domainName != null) ? "https://" + builder.domainName + ".daily.co/" : null;
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

    /**
     * Whether tokens are signed in-process rather than requested from Daily.
     * @return {@code true} in self-signed mode
     */
    public boolean isSelfSigned() {
        return this.selfSigning != null;
    }

    @Override
    public Issuance prepareCreate(RoomTokenRequest request) {
        String room = DailyRoomName.check(request.room());
        String identity = request.identity();
        if (identity != null && identity.length() > MAX_USER_ID_LENGTH) {
            throw new InvalidRoomTokenRequestException("identity", "must be at most " + MAX_USER_ID_LENGTH
                    + " characters, Daily's limit on user_id (was " + identity.length() + ")");
        }
        long ttlSeconds = ttlSeconds("ttl", (request.ttl() != null) ? request.ttl() : this.tokenTtl);
        DailyTokenOptions options = (request.options() != null)
                ? optionsOf(request.options()).withDefaults(this.defaults) : this.defaults;
        Instant now = this.clock.instant();
        Instant expiresAt = expiresAt(options.expiresAt(), now, ttlSeconds);
        DailyTokenOptions.checkWindow(options.notBefore(), expiresAt);
        DailyProperties properties = DailyProperties.of(room, identity, request.displayName(), options);
        Map<String, String> join = (this.roomUrlPrefix != null) ? Map.of("roomUrl", this.roomUrlPrefix + room) : Map.of();
        if (this.selfSigning != null) {
            return this.selfSigning.prepare(room, properties, options.expiresAt(), ttlSeconds, join);
        }
        return Objects.requireNonNull(this.rest).prepare(room, properties.expiringAt(expiresAt), expiresAt, join);
    }

    private static Instant expiresAt(@Nullable Instant explicit, Instant now, long ttlSeconds) {
        if (explicit != null) {
            if (!explicit.isAfter(now)) {
                throw new InvalidRoomTokenRequestException("expiresAt", "must be in the future, was " + explicit);
            }
            return explicit;
        }
        try {
            return now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(ttlSeconds);
        }
        catch (DateTimeException | ArithmeticException ex) {
            throw new InvalidRoomTokenRequestException("ttl", "is too long: it ends after the last instant there is");
        }
    }

    private static long ttlSeconds(String field, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero() || ttl.toNanosPart() != 0) {
            throw new InvalidRoomTokenRequestException(field,
                    "must be a positive whole number of seconds (exp is written in seconds), was " + ttl);
        }
        return ttl.toSeconds();
    }

    private static DailyTokenOptions optionsOf(RoomTokenOptions options) {
        if (options instanceof DailyTokenOptions dailyOptions) {
            return dailyOptions;
        }
        throw new IllegalArgumentException(
                options.getClass().getSimpleName() + " cannot be used with Daily; use DailyTokenOptions");
    }

    @Override
    public String toString() {
        return "DailyTokenIssuer[mode=" + (isSelfSigned() ? "self-signed" : "rest") + ", apiKey=******, tokenTtl="
                + this.tokenTtl + ", roomUrl=" + ((this.roomUrlPrefix != null) ? this.roomUrlPrefix + "<room>" : null)
                + ", defaults=" + this.defaults + "]";
    }

    /**
     * Builds a {@link DailyTokenIssuer}. Give at least the API key; to self-sign, the domain id too.
     *
     * @since 0.1.0
     */
    public static final class Builder extends RestIssuerBuilder<Builder> {

        private URI baseUrl = DEFAULT_BASE_URL;

        private @Nullable String apiKey;

        private boolean selfSigned;

        private @Nullable String domainId;

        private @Nullable String domainName;

        private Duration tokenTtl = DEFAULT_TTL;

        private DailyTokenOptions defaults = DailyTokenOptions.none();

        private Builder() {
        }

        /**
         * Sets the API's base URL, for a proxy or an emulator; not used in self-signed mode.
         * @param baseUrl the base URL; {@code https://api.daily.co/v1} by default
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * Sets the API key: the bearer token of REST calls, and the HS256 key of self-signed
         * tokens. It is never printed.
         * @param apiKey the domain's API key
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * Sets whether tokens are signed in-process instead of requested from Daily.
         * @param selfSigned {@code false} by default; {@code true} needs {@link #domainId(String)}
         * @return this builder
         */
        public Builder selfSigned(boolean selfSigned) {
            this.selfSigned = selfSigned;
            return this;
        }

        /**
         * Sets the domain id that self-signed tokens carry as {@code d}: the {@code domain_id} of
         * Daily's domain configuration endpoint, a UUID.
         * @param domainId for example {@code 30f866c3-9123-452a-8723-ff58322d09c5}
         * @return this builder
         */
        public Builder domainId(@Nullable String domainId) {
            this.domainId = domainId;
            return this;
        }

        /**
         * Sets the domain whose room URLs tokens are returned with, as the join detail
         * {@code roomUrl}: {@code https://<domainName>.daily.co/<room>}.
         * @param domainName the subdomain, such as {@code example}; {@code example.daily.co} works
         * too; {@code null} returns no room URL
         * @return this builder
         * @throws IllegalArgumentException if it is not a DNS label
         */
        public Builder domainName(@Nullable String domainName) {
            String name = (domainName != null && domainName.endsWith(".daily.co"))
                    ? domainName.substring(0, domainName.length() - ".daily.co".length()) : domainName;
            if (name != null && !DOMAIN_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("domainName must be a Daily subdomain such as 'example' or "
                        + "'example.daily.co', was '" + domainName + "'");
            }
            this.domainName = name;
            return this;
        }

        /**
         * Sets the lifetime of a token whose request sets no ttl.
         * @param tokenTtl a positive whole number of seconds; one hour by default
         * @return this builder
         * @throws IllegalArgumentException if it is not
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
         * Sets the options every request starts from; a request's own options override them.
         * @param defaults the default options
         * @return this builder
         */
        public Builder defaults(DailyTokenOptions defaults) {
            this.defaults = Objects.requireNonNull(defaults, "defaults");
            return this;
        }

        /**
         * Builds the issuer: in REST mode its HTTP client, in self-signed mode its HS256 key.
         * @return the issuer
         * @throws IllegalStateException if the API key is missing, or self-signing lacks the
         * domain id
         * @throws IllegalArgumentException if the domain id is not a UUID
         */
        public DailyTokenIssuer build() {
            if (this.apiKey == null || this.apiKey.isBlank()) {
                throw new IllegalStateException("Set the Daily API key (apiKey)");
            }
            Clock clock = clock();
            if (this.selfSigned) {
                if (this.domainId == null || this.domainId.isBlank()) {
                    throw new IllegalStateException("Set the Daily domain id (domainId) to self-sign tokens: the "
                            + "domain_id of GET /v1/, Daily's domain configuration");
                }
                checkUuid(this.domainId);
                DailySelfSigning selfSigning = new DailySelfSigning(
                        JsonWebSigner.hs256(this.apiKey.getBytes(StandardCharsets.UTF_8)), this.domainId, clock);
                return new DailyTokenIssuer(null, selfSigning, this, clock);
            }
            JsonExchange exchange = new JsonExchange(PROVIDER, restClient(this.baseUrl),
                    DailyRestMinting.SUCCESS_STATUS, ProviderText.masking(this.apiKey));
            return new DailyTokenIssuer(new DailyRestMinting(exchange, this.apiKey, clock), null, this, clock);
        }

        private static void checkUuid(String domainId) {
            try {
                if (UUID.fromString(domainId).toString().equalsIgnoreCase(domainId)) {
                    return;
                }
            }
            catch (IllegalArgumentException ex) {
                // reported below
            }
            throw new IllegalArgumentException("domainId must be Daily's domain_id, a UUID such as "
                    + "30f866c3-9123-452a-8723-ff58322d09c5, was '" + domainId + "'");
        }

        @Override
        public String toString() {
            return "DailyTokenIssuer.Builder[baseUrl=" + this.baseUrl + ", apiKey=******, selfSigned="
                    + this.selfSigned + ", domainId=" + this.domainId + ", domainName=" + this.domainName + "]";
        }
    }
}
