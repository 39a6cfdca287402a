package dev.roomtoken.vonage;

import java.net.URI;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dev.roomtoken.Issuance;
import dev.roomtoken.ProviderCall;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenOptions;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.http.JsonExchange;
import dev.roomtoken.http.ProviderText;
import dev.roomtoken.http.RestIssuerBuilder;
import dev.roomtoken.signing.JsonWebSigner;
import org.jspecify.annotations.Nullable;

import org.springframework.util.function.SingletonSupplier;

/**
 * Mints Vonage Video client tokens: RS256 JSON Web Tokens signed in-process with a Vonage
 * application's private key, so {@link RoomTokenTemplate} signs each token once and never retries.
 * Every rule is checked before anything is signed. Thread-safe; the private key is parsed once,
 * when the issuer is built, never per token.
 *
 * <p>A token's claims, as Vonage's own server SDK writes them: {@code application_id},
 * {@code iat} and {@code exp} (epoch seconds), {@code jti} (a random UUID), {@code scope}
 * ({@code session.connect}), {@code session_id}, {@code role}, and where set
 * {@code connection_data} and {@code initial_layout_class_list}.
 *
 * <p>How a request maps onto the token:
 * <ul>
 * <li>{@code room} is the session id, which the Video API's {@code POST /session/create} returns
 * (a digit, an underscore and base64 text, such as {@code 2_MX4xMDBfjE0Mzc2NzY1NDgwMTJ-TjMzfn4});
 * a session is created once, before the first token for it, and kept as long as its room is in
 * use.</li>
 * <li>{@code identity} and {@code displayName} are not sent: Vonage tokens name no user. Put what
 * other clients should see in {@link VonageTokenOptions#connectionData()}, for example both as
 * JSON.</li>
 * <li>{@code ttl} is {@code exp} minus {@code iat}: 1 s to 30 days in whole seconds;
 * {@link Builder#tokenTtl(Duration) tokenTtl} (24 h by default, Vonage's) when the request sets
 * none.</li>
 * </ul>
 * {@link RoomToken#expiresAt()} is {@code exp}. {@link RoomToken#join()} carries
 * {@value #JOIN_APPLICATION_ID} (the application id, which Vonage's client SDKs take where they
 * took the API key) and {@value #JOIN_SESSION_ID} (the session id to connect to). Vonage has no
 * refresh: a client asks for a new token.
 *
 * @since 0.1.0
 */
public final class VonageTokenIssuer implements RoomTokenIssuer {

    /** The provider's name in properties, metrics and {@link RoomToken#provider()}. */
    public static final String PROVIDER = "vonage";

    /** The token ttl when neither the request nor the builder sets one: Vonage's 24 hours. */
    public static final Duration DEFAULT_TOKEN_TTL = Duration.ofHours(24);

    /** The longest ttl Vonage takes: 30 days. */
    public static final Duration MAX_TOKEN_TTL = VonageTtl.MAX;

    /** The Video API's base URL, where sessions are created. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://video.api.vonage.com");

    /** The path of the session creation endpoint below the base URL. */
    public static final String SESSION_CREATE_PATH = VonageSessionCreation.PATH;

    /** The join detail that carries the application id. */
    public static final String JOIN_APPLICATION_ID = "applicationId";

    /** The join detail that carries the session id. */
    public static final String JOIN_SESSION_ID = "sessionId";

    /** The scope of every client token. */
    static final String SCOPE = "session.connect";

    private static final Pattern UUID_SHAPE = Pattern
        .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final String applicationId;

    private final JsonWebSigner signer;

    private final Duration tokenTtl;

    private final VonageTokenOptions defaults;

    private final Clock clock;

    private final Supplier<String> ids;

    private final VonageSessionCreation sessions;

    private VonageTokenIssuer(String applicationId, JsonWebSigner signer, Duration tokenTtl,
            VonageTokenOptions defaults, Clock clock, Supplier<String> ids, VonageSessionCreation sessions) {
        this.applicationId = applicationId;
        this.signer = signer;
        this.tokenTtl = tokenTtl;
        this.defaults = defaults;
        this.clock = clock;
        this.ids = ids;
        this.sessions = sessions;
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
        String sessionId = VonageSessionIds.check("room", request.room());
        VonageTokenOptions options = (request.options() != null)
                ? optionsOf(request.options()).withDefaults(this.defaults) : this.defaults;
        long ttl = (request.ttl() != null) ? VonageTtl.seconds("ttl", request.ttl()) : this.tokenTtl.getSeconds();
        VonageRole role = (options.role() != null) ? options.role() : VonageRole.PUBLISHER;
        String layoutClasses = (options.initialLayoutClassList() != null)
                ? String.join(" ", options.initialLayoutClassList()) : null;
        Map<String, String> join = new LinkedHashMap<>(4);
        join.put(JOIN_APPLICATION_ID, this.applicationId);
        join.put(JOIN_SESSION_ID, sessionId);
        return () -> sign(sessionId, ttl, role, options.connectionData(), layoutClasses, join);
    }

    /**
     * Prepares the creation of a session, for {@link VonageSessions}; nothing is sent until the
     * template sends it.
     * @param options how the session is created, checked when they were built
     * @return the call
     */
    ProviderCall<VonageSession> prepareCreateSession(VonageSessionOptions options) {
        return this.sessions.prepare(options);
    }

    private RoomToken sign(String sessionId, long ttl, VonageRole role, @Nullable String connectionData,
            @Nullable String layoutClasses, Map<String, String> join) {
        long issuedAt = this.clock.instant().getEpochSecond();
        long expiresAt = issuedAt + ttl;
        Map<String, @Nullable Object> claims = new LinkedHashMap<>(16);
        claims.put("application_id", this.applicationId);
        claims.put("iat", issuedAt);
        claims.put("exp", expiresAt);
        claims.put("jti", this.ids.get());
        claims.put("scope", SCOPE);
        claims.put("session_id", sessionId);
        claims.put("role", role.claim());
        claims.put("connection_data", connectionData);
        claims.put("initial_layout_class_list", layoutClasses);
        String token = this.signer.sign(Map.of(), claims);
        return new RoomToken(PROVIDER, sessionId, token, Instant.ofEpochSecond(expiresAt), null, null, join);
    }

    private static VonageTokenOptions optionsOf(RoomTokenOptions options) {
        if (options instanceof VonageTokenOptions vonageOptions) {
            return vonageOptions;
        }
        throw new IllegalArgumentException(options.getClass().getSimpleName()
                + " cannot be used with Vonage; use VonageTokenOptions");
    }

    @Override
    public String toString() {
        return "VonageTokenIssuer[applicationId=" + this.applicationId + ", tokenTtl=" + this.tokenTtl
                + ", defaults=" + this.defaults + "]";
    }

    /**
     * Builds a {@link VonageTokenIssuer}. Give the application id and the application's private
     * key, either as a key or as PEM text.
     *
     * @since 0.1.0
     */
    public static final class Builder extends RestIssuerBuilder<Builder> {

        private @Nullable String applicationId;

        private @Nullable RSAPrivateKey privateKey;

        private @Nullable String privateKeyPem;

        private Duration tokenTtl = DEFAULT_TOKEN_TTL;

        private VonageTokenOptions defaults = VonageTokenOptions.none();

        private URI baseUrl = DEFAULT_BASE_URL;

        private Supplier<String> ids = () -> UUID.randomUUID().toString();

        private Builder() {
        }

        /**
         * Sets the id of the Vonage application whose key signs the tokens; not a secret.
         * @param applicationId the application's UUID, as the Vonage dashboard shows it
         * @return this builder
         */
        public Builder applicationId(String applicationId) {
            this.applicationId = applicationId;
            return this;
        }

        /**
         * Sets the application's private key. A secret: keep it on the server. Replaces a PEM
         * given before.
         * @param privateKey an RSA key of at least 2048 bits
         * @return this builder
         */
        public Builder privateKey(RSAPrivateKey privateKey) {
            this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
            this.privateKeyPem = null;
            return this;
        }

        /**
         * Sets the application's private key as PEM text, read when the issuer is built. A secret:
         * keep it on the server. Replaces a key given before.
         * @param privateKeyPem PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}, as the Vonage
         * dashboard downloads it) or PKCS#1 ({@code -----BEGIN RSA PRIVATE KEY-----}), not
         * encrypted, of at least 2048 bits
         * @return this builder
         */
        public Builder privateKey(String privateKeyPem) {
            this.privateKeyPem = Objects.requireNonNull(privateKeyPem, "privateKey");
            this.privateKey = null;
            return this;
        }

        /**
         * Sets the token ttl used when a request sets none.
         * @param tokenTtl 1 s to 30 days in whole seconds; 24 h by default
         * @return this builder
         */
        public Builder tokenTtl(Duration tokenTtl) {
            this.tokenTtl = Objects.requireNonNull(tokenTtl, "tokenTtl");
            return this;
        }

        /**
         * Sets the options every request starts from; a request's own options override them.
         * @param defaults the default options
         * @return this builder
         */
        public Builder defaults(VonageTokenOptions defaults) {
            this.defaults = Objects.requireNonNull(defaults, "defaults");
            return this;
        }

        /**
         * Sets the Video API's base URL, where {@link VonageSessions} creates sessions; tokens are
         * signed in-process and never sent. Credentials go to this origin only.
         * @param baseUrl the base URL; {@code https://video.api.vonage.com} by default
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /** Sets where token and application JWT ids come from, for tests that need the same token twice. */
        Builder ids(Supplier<String> ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /**
         * Builds the issuer, reading the private key once.
         * @return the issuer
         * @throws IllegalStateException if the application id or the private key is missing
         * @throws IllegalArgumentException if the application id is not a UUID, the PEM text does
         * not hold an unencrypted RSA private key, the key is shorter than 2048 bits, or the token
         * ttl is out of Vonage's bounds; the message never carries the key
         */
        public VonageTokenIssuer build() {
            if (this.applicationId == null || this.applicationId.isBlank()) {
                throw new IllegalStateException("Set the Vonage application id (applicationId)");
            }
            if (!UUID_SHAPE.matcher(this.applicationId).matches()) {
                throw new IllegalArgumentException("applicationId must be a Vonage application's UUID, such as"
                        + " 9f3d6c1e-5b2a-4c7d-8e9f-0a1b2c3d4e5f (was " + this.applicationId.length() + " characters)");
            }
            RSAPrivateKey key = key();
            if (!VonageTtl.isValid(this.tokenTtl)) {
                throw new IllegalArgumentException("tokenTtl " + VonageTtl.rule(this.tokenTtl));
            }
            if (key.getModulus().bitLength() < 2048) {
                throw new IllegalArgumentException("privateKey must be an RSA key of at least 2048 bits (RS256's"
                        + " minimum), this one has " + key.getModulus().bitLength());
            }
            JsonWebSigner signer = JsonWebSigner.rs256(key);
            URI sessionsBaseUrl = this.baseUrl;
            Supplier<JsonExchange> exchange = SingletonSupplier.of(() -> new JsonExchange(PROVIDER,
                    restClient(sessionsBaseUrl), VonageSessionCreation.SUCCESS_STATUS, ProviderText.masking()));
            VonageSessionCreation sessions = new VonageSessionCreation(exchange, signer, this.applicationId, clock(),
                    this.ids);
            return new VonageTokenIssuer(this.applicationId, signer, this.tokenTtl, this.defaults, clock(), this.ids,
                    sessions);
        }

        private RSAPrivateKey key() {
            if (this.privateKey != null) {
                return this.privateKey;
            }
            if (this.privateKeyPem == null || this.privateKeyPem.isBlank()) {
                throw new IllegalStateException("Set the Vonage application's private key (privateKey)");
            }
            try {
                return VonagePrivateKeys.parse(this.privateKeyPem);
            }
            catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("privateKey " + ex.getMessage());
            }
        }

        @Override
        public String toString() {
            return "VonageTokenIssuer.Builder[applicationId=" + this.applicationId + ", baseUrl=" + this.baseUrl
                    + ", privateKey="
                    + ((this.privateKey != null || this.privateKeyPem != null) ? "******" : null) + ", tokenTtl="
                    + this.tokenTtl + "]";
        }
    }
}
