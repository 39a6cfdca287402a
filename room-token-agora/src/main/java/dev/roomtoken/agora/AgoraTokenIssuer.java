package dev.roomtoken.agora;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

import dev.roomtoken.Issuance;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenOptions;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import org.jspecify.annotations.Nullable;

/**
 * Mints Agora RTC tokens (AccessToken2, {@code "007"}) in-process with the project's app id and app
 * certificate: nothing is sent over the network, so {@link RoomTokenTemplate} signs each token once
 * and never retries. Every rule is checked before anything is signed. Thread-safe; the app id and
 * certificate are prepared once, when the issuer is built.
 *
 * <p>How a request maps onto the token:
 * <ul>
 * <li>{@code room} is the channel name: 1 to 64 characters from a-z, A-Z, 0-9, space and
 * {@code !#$%&()+-:;<=.>?@[]^_{}|~,}, the only ones Agora's client SDKs join with.</li>
 * <li>{@code identity} is the user, as {@link AgoraTokenOptions#uidType()} says: by default an
 * identity written as an int uid (a decimal number from 1 to 4294967295 without sign or leading
 * zeros, such as {@code 42}) is that int uid, and any other (such as {@code u-42}) a user account
 * of at most 255 characters from the channel name's set. Without an identity the token is for
 * uid 0, which lets any user join and Agora assign the uid.</li>
 * <li>{@code displayName} is not sent: Agora tokens carry no display name (the client sets its
 * own, for example in its user account or through Agora's signalling).</li>
 * <li>{@code ttl} is the token's expiry after its issue time, and the default expiry of each
 * privilege: 1 s to 24 h in whole seconds; {@link Builder#tokenTtl(Duration) tokenTtl} (1 h by
 * default) when the request sets none.</li>
 * </ul>
 * {@link RoomToken#expiresAt()} is the issue time plus the shorter of the token's and the join
 * privilege's expiries, in whole seconds. {@link RoomToken#join()} carries {@value #JOIN_APP_ID}
 * (the app id, which the client SDK needs to join), {@value #JOIN_CHANNEL} (the channel name) and
 * either {@value #JOIN_UID} (the int uid in decimal, {@code 0} for any user: join with
 * {@code joinChannel} or the Web SDK's {@code join} with a number) or {@value #JOIN_USER_ACCOUNT}
 * (join with {@code joinChannelWithUserAccount}, or the Web SDK's {@code join} with a string).
 * Agora has no refresh: a client renews its token by asking for a new one.
 *
 * @since 0.1.0
 */
public final class AgoraTokenIssuer implements RoomTokenIssuer {

    /** The provider's name in properties, metrics and {@link RoomToken#provider()}. */
    public static final String PROVIDER = "agora";

    /** The token ttl when neither the request nor the builder sets one. */
    public static final Duration DEFAULT_TOKEN_TTL = Duration.ofHours(1);

    /** The longest ttl Agora takes for a token or a privilege. */
    public static final Duration MAX_TTL = AgoraExpiry.MAX;

    /** The join detail that carries the app id. */
    public static final String JOIN_APP_ID = "appId";

    /** The join detail that carries the channel name. */
    public static final String JOIN_CHANNEL = "channel";

    /** The join detail that carries an int uid, in decimal; {@code 0} lets any user join. */
    public static final String JOIN_UID = AgoraUser.UID;

    /** The join detail that carries a user account, in place of {@value #JOIN_UID}. */
    public static final String JOIN_USER_ACCOUNT = AgoraUser.USER_ACCOUNT;

    private static final Pattern HEX_32 = Pattern.compile("[0-9a-fA-F]{32}");

    private final String appId;

    private final AgoraAccessToken2 tokens;

    private final Duration tokenTtl;

    private final AgoraTokenOptions defaults;

    private final Clock clock;

    private final IntSupplier salts;

    private AgoraTokenIssuer(String appId, AgoraAccessToken2 tokens, Duration tokenTtl, AgoraTokenOptions defaults,
            Clock clock, IntSupplier salts) {
        this.appId = appId;
        this.tokens = tokens;
        this.tokenTtl = tokenTtl;
        this.defaults = defaults;
        this.clock = clock;
        this.salts = salts;
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
        String channel = request.room();
        AgoraNames.checkChannel("room", channel);
        AgoraTokenOptions options = (request.options() != null)
                ? optionsOf(request.options()).withDefaults(this.defaults) : this.defaults;
        AgoraUser user = AgoraUser.of(request.identity(),
                (options.uidType() != null) ? options.uidType() : AgoraUidType.AUTO);
        int expire = (request.ttl() != null) ? AgoraExpiry.seconds("ttl", request.ttl())
                : (int) this.tokenTtl.getSeconds();
        int joinExpire = privilegeExpire(options.joinChannelTtl(), expire);
        int[] privilegeExpires = (options.role() == AgoraRole.SUBSCRIBER) ? new int[] { joinExpire }
                : new int[] { joinExpire, privilegeExpire(options.publishAudioTtl(), expire),
                        privilegeExpire(options.publishVideoTtl(), expire),
                        privilegeExpire(options.publishDataStreamTtl(), expire) };
        Map<String, String> join = new LinkedHashMap<>(4);
        join.put(JOIN_APP_ID, this.appId);
        join.put(JOIN_CHANNEL, channel);
        join.put(user.joinKey(), user.joinValue());
        return () -> sign(channel, user, expire, privilegeExpires, join);
    }

    private static int privilegeExpire(@Nullable Duration ttl, int tokenExpire) {
        // already checked when the options were built
        return (ttl != null) ? (int) ttl.getSeconds() : tokenExpire;
    }

    private RoomToken sign(String channel, AgoraUser user, int expire, int[] privilegeExpires,
            Map<String, String> join) {
        Instant now = this.clock.instant();
        long issueTs = now.getEpochSecond();
        if (issueTs < 0 || issueTs + AgoraExpiry.MAX.getSeconds() > AgoraUser.MAX_UID) {
            throw new IllegalStateException("The clock reads " + now
                    + ", which an Agora token cannot carry: its times are unsigned 32-bit seconds, from 1970 to 2106");
        }
        String token = this.tokens.write((int) issueTs, expire, this.salts.getAsInt(), channel, user.tokenUid(),
                privilegeExpires);
        Instant expiresAt = Instant.ofEpochSecond(issueTs + Math.min(expire, privilegeExpires[0]));
        return new RoomToken(PROVIDER, channel, token, expiresAt, null, null, join);
    }

    private static AgoraTokenOptions optionsOf(RoomTokenOptions options) {
        if (options instanceof AgoraTokenOptions agoraOptions) {
            return agoraOptions;
        }
        throw new IllegalArgumentException(options.getClass().getSimpleName()
                + " cannot be used with Agora; use AgoraTokenOptions");
    }

    @Override
    public String toString() {
        return "AgoraTokenIssuer[appId=" + this.appId + ", tokenTtl=" + this.tokenTtl + ", defaults=" + this.defaults
                + "]";
    }

    /**
     * Builds an {@link AgoraTokenIssuer}. Give the app id and the app certificate of an Agora
     * project with its certificate enabled.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private static final SecureRandom RANDOM = new SecureRandom();

        private @Nullable String appId;

        private @Nullable String appCertificate;

        private Duration tokenTtl = DEFAULT_TOKEN_TTL;

        private AgoraTokenOptions defaults = AgoraTokenOptions.none();

        private Clock clock = Clock.systemUTC();

        private IntSupplier salts = RANDOM::nextInt;

        private Builder() {
        }

        /**
         * Sets the app id, which the token carries and the client joins with; not a secret.
         * @param appId the 32 hexadecimal characters of the project's App ID, as Agora Console
         * shows it
         * @return this builder
         */
        public Builder appId(String appId) {
            this.appId = appId;
            return this;
        }

        /**
         * Sets the app certificate that signs every token. A secret: keep it on the server.
         * @param appCertificate the 32 hexadecimal characters of the project's primary (or
         * secondary) certificate, as Agora Console shows it
         * @return this builder
         */
        public Builder appCertificate(String appCertificate) {
            this.appCertificate = appCertificate;
            return this;
        }

        /**
         * Sets the token ttl used when a request sets none.
         * @param tokenTtl 1 s to 24 h in whole seconds; 1 h by default
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
        public Builder defaults(AgoraTokenOptions defaults) {
            this.defaults = Objects.requireNonNull(defaults, "defaults");
            return this;
        }

        /**
         * Sets the clock that issue times and expiries are counted from.
         * @param clock the clock; the system UTC clock by default
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sets where salts come from, for tests that need the same token twice. */
        Builder salts(IntSupplier salts) {
            this.salts = Objects.requireNonNull(salts, "salts");
            return this;
        }

        /**
         * Builds the issuer, preparing the app id and certificate once.
         * @return the issuer
         * @throws IllegalStateException if the app id or the app certificate is missing
         * @throws IllegalArgumentException if the app id or the app certificate is not 32
         * hexadecimal characters, or the token ttl is out of Agora's bounds
         */
        public AgoraTokenIssuer build() {
            if (this.appId == null || this.appId.isBlank()) {
                throw new IllegalStateException("Set the Agora app id (appId)");
            }
            checkHex32("appId", "an Agora project's App ID", this.appId);
            if (this.appCertificate == null || this.appCertificate.isBlank()) {
                throw new IllegalStateException("Set the Agora app certificate (appCertificate)");
            }
            checkHex32("appCertificate", "an Agora project's primary or secondary certificate", this.appCertificate);
            if (!AgoraExpiry.isValid(this.tokenTtl)) {
                throw new IllegalArgumentException("tokenTtl " + AgoraExpiry.rule(this.tokenTtl));
            }
            return new AgoraTokenIssuer(this.appId, new AgoraAccessToken2(this.appId, this.appCertificate),
                    this.tokenTtl, this.defaults, this.clock, this.salts);
        }

        /** Checks a credential's shape, saying what is wrong without printing it. */
        private static void checkHex32(String method, String what, String value) {
            if (!HEX_32.matcher(value).matches()) {
                throw new IllegalArgumentException(method + " must be the 32 hexadecimal characters of " + what
                        + ((value.length() != 32) ? " (was " + value.length() + " characters)"
                                : " (it has a character that is not hexadecimal)"));
            }
        }

        @Override
        public String toString() {
            return "AgoraTokenIssuer.Builder[appId=" + this.appId + ", appCertificate=******, tokenTtl="
                    + this.tokenTtl + "]";
        }
    }
}
