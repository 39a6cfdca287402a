package dev.roomtoken.signalwire;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomToken;
import dev.roomtoken.Issuance;
import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenOptions;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.http.JsonExchange;
import dev.roomtoken.http.ProviderResponse;
import dev.roomtoken.http.ProviderText;
import dev.roomtoken.http.ProviderTokens;
import dev.roomtoken.http.RestIssuerBuilder;
import dev.roomtoken.http.WireJson;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

/**
 * Mints SignalWire video room tokens with {@code POST {base}/api/video/room_tokens}, HTTP Basic
 * authentication with the project id and API token. Every rule of the API is checked before a
 * request is sent. Thread-safe; the HTTP client and the encoded credentials are built once.
 *
 * @since 0.1.0
 */
public final class SignalWireTokenIssuer implements RoomTokenIssuer {

    /** The provider's name in properties, metrics and {@link RoomToken#provider()}. */
    public static final String PROVIDER = "signalwire";

    /** The path of the room token endpoint below the base URL. */
    public static final String ROOM_TOKENS_PATH = "/api/video/room_tokens";

    /** The status of SignalWire's successful answer ("The request has succeeded"). */
    static final int SUCCESS_STATUS = 200;

    /** The most characters (Unicode code points) a room name or a user name takes. */
    public static final int MAX_NAME_LENGTH = 100;

    private static final Pattern ROOM_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private static final ObjectWriter BODY_WRITER = WireJson.mapper().writerFor(SignalWireTokenRequestBody.class);

    private static final ObjectReader ANSWER_READER = WireJson.mapper()
        .readerFor(SignalWireTokenResponseBody.class);

    private final JsonExchange exchange;

    private final Consumer<HttpHeaders> authorization;

    private final SignalWireTokenOptions defaults;

    private final Clock clock;

    private SignalWireTokenIssuer(RestClient restClient, String authorization, ProviderText text,
            SignalWireTokenOptions defaults, Clock clock) {
        this.exchange = new JsonExchange(PROVIDER, restClient, SUCCESS_STATUS, text);
        this.authorization = (headers) -> headers.set(HttpHeaders.AUTHORIZATION, authorization);
        this.defaults = defaults;
        this.clock = clock;
    }

    /**
     * Starts building a client.
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
    public Issuance.Exchange prepareCreate(RoomTokenRequest request) {
        String room = request.room();
        checkName("room", room);
        if (!ROOM_NAME.matcher(room).matches()) {
            throw new InvalidRoomTokenRequestException("room", "must match ^[A-Za-z0-9_-]+$");
        }
        // SignalWire's user_name is what others see; its tokens carry no user id, so identity is not sent
        String userName = request.displayName();
        if (userName != null) {
            checkName("displayName", userName);
        }
        SignalWireTokenOptions options = (request.options() != null)
                ? optionsOf(request.options()).withDefaults(this.defaults) : this.defaults;
        Instant joinUntil = joinUntil(options.joinUntil(), request.ttl());
        SignalWireTokenOptions.checkJoinWindow(options.joinFrom(), joinUntil);
        byte[] body = serialize(requestBody(room, userName, options, joinUntil));
        return () -> send(body, room, joinUntil);
    }

    private static void checkName(String field, String value) {
        SignalWireText.checkMaxLength(field, value, MAX_NAME_LENGTH);
    }

    private static SignalWireTokenOptions optionsOf(@Nullable RoomTokenOptions options) {
        if (options == null) {
            return SignalWireTokenOptions.none();
        }
        if (options instanceof SignalWireTokenOptions signalWireOptions) {
            return signalWireOptions;
        }
        throw new IllegalArgumentException(options.getClass().getSimpleName()
                + " cannot be used with SignalWire; use SignalWireTokenOptions");
    }

    private @Nullable Instant joinUntil(@Nullable Instant explicit, @Nullable Duration ttl) {
        if (explicit != null) {
            return explicit;
        }
        if (ttl == null) {
            return null;
        }
        Instant joinUntil;
        try {
            joinUntil = Rfc3339.toWirePrecision(this.clock.instant().plus(ttl));
        }
        catch (DateTimeException | ArithmeticException ex) {
            throw new InvalidRoomTokenRequestException("ttl", "is too long: it ends after the last instant there is");
        }
        if (!Rfc3339.isWritable(joinUntil)) {
            throw new InvalidRoomTokenRequestException("ttl",
                    "is too long: join_until would be after " + Rfc3339.LATEST + ", the last instant RFC 3339 can write");
        }
        return joinUntil;
    }

    private static SignalWireTokenRequestBody requestBody(String room, @Nullable String userName,
            SignalWireTokenOptions options, @Nullable Instant joinUntil) {
        SignalWireJoinAs joinAs = options.joinAs();
        return new SignalWireTokenRequestBody(room, userName,
                (joinAs == SignalWireJoinAs.AUDIENCE) ? List.of() : options.permissions(), format(options.joinFrom()),
                format(joinUntil), format(options.removeAt()), options.removeAfterSecondsElapsed(),
                options.joinAudioMuted(), options.joinVideoMuted(), options.autoCreateRoom(),
                options.enableRoomPreviews(), options.roomDisplayName(), options.endRoomSessionOnLeave(),
                (joinAs != null) ? joinAs.wireValue() : null,
                (options.mediaAllowed() != null) ? options.mediaAllowed().wireValue() : null, options.roomMeta(),
                options.meta(), options.syncAudioVideo());
    }

    private static @Nullable String format(@Nullable Instant instant) {
        return (instant != null) ? Rfc3339.format(instant) : null;
    }

    private static byte[] serialize(SignalWireTokenRequestBody body) {
        try {
            return BODY_WRITER.writeValueAsBytes(body);
        }
        catch (JacksonException ex) {
            throw new InvalidRoomTokenRequestException("options", "must be serializable as JSON");
        }
    }

    private Issuance.Answer send(byte[] body, String room, @Nullable Instant expiresAt) {
        ProviderResponse response = this.exchange.post(ROOM_TOKENS_PATH, body, this.authorization);
        if (!response.isSuccessful()) {
            throw SignalWireErrors.toException(response, this.clock);
        }
        return new Issuance.Answer(response.statusCode(),
                new RoomToken(PROVIDER, room, readToken(response), expiresAt, null, null));
    }

    private static String readToken(ProviderResponse response) {
        SignalWireTokenResponseBody answer = null;
        try {
            answer = ANSWER_READER.readValue(response.body());
        }
        catch (JacksonException ex) {
            // reported below as an answer without a token
        }
        if (answer == null || answer.token() == null) {
            throw RoomTokenProviderException.unusableAnswer(PROVIDER, response.statusCode(),
                    "the answer is not a room token response: no 'token' field, "
                            + response.describeUnreadableBody(PROVIDER));
        }
        return ProviderTokens.check(response, PROVIDER, "token", answer.token());
    }

    @Override
    public String toString() {
        return "SignalWireTokenIssuer[defaults=" + this.defaults + "]";
    }

    /**
     * Builds a {@link SignalWireTokenIssuer}. Give the space (or a base URL), the project id
     * and the API token.
     */
    public static final class Builder extends RestIssuerBuilder<Builder> {

        private @Nullable URI baseUrl;

        private @Nullable String projectId;

        private @Nullable String apiToken;

        private SignalWireTokenOptions defaults = SignalWireTokenOptions.none();


        private Builder() {
        }

        /**
         * Sets the space whose API to call.
         * @param space for example {@code example} or {@code example.signalwire.com}
         * @return this builder
         * @throws IllegalArgumentException if the value is not a space name
         */
        public Builder space(String space) {
            this.baseUrl = SignalWireSpace.baseUrl(space);
            return this;
        }

        /**
         * Sets the base URL of the API directly, for a proxy or an emulator.
         * @param baseUrl for example {@code https://example.signalwire.com}
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Sets the project id, the user name of HTTP Basic authentication.
         * @param projectId the project id
         * @return this builder
         */
        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        /**
         * Sets the API token, the password of HTTP Basic authentication. It needs the Video scope.
         * @param apiToken the API token
         * @return this builder
         */
        public Builder apiToken(String apiToken) {
            this.apiToken = apiToken;
            return this;
        }

        /**
         * Sets the options every request starts from; a request's own options override them.
         * @param defaults the default options
         * @return this builder
         */
        public Builder defaults(SignalWireTokenOptions defaults) {
            this.defaults = Objects.requireNonNull(defaults, "defaults");
            return this;
        }

        /**
         * Builds the client.
         * @return the client
         * @throws IllegalStateException if the base URL, project id or API token is missing
         */
        public SignalWireTokenIssuer build() {
            if (this.baseUrl == null) {
                throw new IllegalStateException("Set the SignalWire space or base URL");
            }
            if (this.projectId == null || this.projectId.isBlank()) {
                throw new IllegalStateException("Set the SignalWire project id");
            }
            if (this.apiToken == null || this.apiToken.isBlank()) {
                throw new IllegalStateException("Set the SignalWire API token");
            }
            String credentials = HttpHeaders.encodeBasicAuth(this.projectId, this.apiToken, StandardCharsets.UTF_8);
            RestClient restClient = restClient(this.baseUrl);
            return new SignalWireTokenIssuer(restClient, "Basic " + credentials,
                    ProviderText.masking(this.apiToken, credentials), this.defaults, clock());
        }

        @Override
        public String toString() {
            return "SignalWireTokenIssuer.Builder[baseUrl=" + this.baseUrl + ", projectId=" + this.projectId
                    + ", apiToken=******]";
        }
    }
}
