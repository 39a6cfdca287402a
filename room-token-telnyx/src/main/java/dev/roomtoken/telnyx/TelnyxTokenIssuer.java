package dev.roomtoken.telnyx;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Mints Telnyx room client tokens with
 * {@code POST {base}/rooms/{room_id}/actions/generate_join_client_token} (bearer API key) and
 * refreshes them with {@code POST {base}/rooms/{room_id}/actions/refresh_client_token}, which
 * needs no authorization, so the API key is not sent with it. Every rule of the API is checked
 * before a request is sent. Thread-safe; the HTTP client is built once.
 *
 * @since 0.1.0
 */
public final class TelnyxTokenIssuer implements RoomTokenIssuer {

    /** The provider's name in properties, metrics and {@link RoomToken#provider()}. */
    public static final String PROVIDER = "telnyx";

    /** Telnyx's API base URL. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.telnyx.com/v2");

    /** The path of the create endpoint below the base URL, as a URI template. */
    public static final String CREATE_PATH = "/rooms/{room_id}/actions/generate_join_client_token";

    /** The path of the refresh endpoint below the base URL, as a URI template. */
    public static final String REFRESH_PATH = "/rooms/{room_id}/actions/refresh_client_token";

    /** The status of both endpoints' successful answers. */
    static final int SUCCESS_STATUS = 201;

    private static final Pattern UUID = Pattern
        .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final ObjectWriter CREATE_WRITER = WireJson.mapper().writerFor(TelnyxCreateTokenBody.class);

    private static final ObjectWriter REFRESH_WRITER = WireJson.mapper().writerFor(TelnyxRefreshTokenBody.class);

    private static final ObjectReader ANSWER_READER = WireJson.mapper().readerFor(TelnyxTokenResponseBody.class);

    private final JsonExchange exchange;

    private final ProviderText text;

    /** The refresh endpoint takes no credentials: the refresh token is its authorization. */
    private static final Consumer<HttpHeaders> NO_AUTHORIZATION = (headers) -> {
    };

    private final Consumer<HttpHeaders> authorization;

    private final Duration tokenTtl;

    private final Duration refreshTokenTtl;

    private final Clock clock;

    private TelnyxTokenIssuer(Builder builder, RestClient restClient, String apiKey, Clock clock) {
        this.text = ProviderText.masking(apiKey);
        this.exchange = new JsonExchange(PROVIDER, restClient, SUCCESS_STATUS, this.text);
        String bearer = "Bearer " + apiKey;
        this.authorization = (headers) -> headers.set(HttpHeaders.AUTHORIZATION, bearer);
        this.tokenTtl = builder.tokenTtl;
        this.refreshTokenTtl = builder.refreshTokenTtl;
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
        String room = checkedRoom(request.room());
        // Telnyx client tokens name no user: identity and displayName are not sent (the client SDK names the user)
        Duration refreshTtl = optionsOf(request.options()).refreshTokenTtl();
        byte[] body = serialize(CREATE_WRITER, new TelnyxCreateTokenBody(
                TelnyxTokenTtls.tokenTtlSeconds("ttl", (request.ttl() != null) ? request.ttl() : this.tokenTtl),
                TelnyxTokenTtls.refreshTokenTtlSeconds("refreshTokenTtl",
                        (refreshTtl != null) ? refreshTtl : this.refreshTokenTtl)));
        return () -> {
            ProviderResponse response = this.exchange.post(CREATE_PATH, body, this.authorization, room);
            TelnyxTokenResponseBody.Data data = read(response);
            return new Issuance.Answer(response.statusCode(), new RoomToken(PROVIDER, room,
                    ProviderTokens.check(response, PROVIDER, "data.token", data.token()), data.tokenExpiresAt(),
                    ProviderTokens.checkOptional(response, PROVIDER, "data.refresh_token", data.refreshToken()),
                    data.refreshTokenExpiresAt()));
        };
    }

    @Override
    public Issuance.Exchange prepareRefresh(String room, @Nullable String refreshToken,
            @Nullable Instant refreshTokenExpiresAt) {
        String checkedRoom = checkedRoom(room);
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new InvalidRoomTokenRequestException("refreshToken", "must not be blank");
        }
        if (refreshTokenExpiresAt != null && !refreshTokenExpiresAt.isAfter(this.clock.instant())) {
            throw new InvalidRoomTokenRequestException("refreshToken",
                    "expired at " + refreshTokenExpiresAt + ": create a new token instead");
        }
        byte[] body = serialize(REFRESH_WRITER, new TelnyxRefreshTokenBody(refreshToken,
                TelnyxTokenTtls.tokenTtlSeconds("ttl", this.tokenTtl)));
        ProviderText refreshText = this.text.and(refreshToken);
        return () -> {
            ProviderResponse response = this.exchange.post(REFRESH_PATH, body, NO_AUTHORIZATION, refreshText,
                    checkedRoom);
            TelnyxTokenResponseBody.Data data = read(response);
            return new Issuance.Answer(response.statusCode(), new RoomToken(PROVIDER, checkedRoom,
                    ProviderTokens.check(response, PROVIDER, "data.token", data.token()), data.tokenExpiresAt(),
                    refreshToken, refreshTokenExpiresAt));
        };
    }

    private static String checkedRoom(String room) {
        if (!UUID.matcher(room).matches()) {
            throw new InvalidRoomTokenRequestException("room",
                    "must be the Telnyx room's UUID, such as 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0");
        }
        return room;
    }

    private static TelnyxTokenOptions optionsOf(@Nullable RoomTokenOptions options) {
        if (options == null) {
            return new TelnyxTokenOptions(null);
        }
        if (options instanceof TelnyxTokenOptions telnyxOptions) {
            return telnyxOptions;
        }
        throw new IllegalArgumentException(options.getClass().getSimpleName()
                + " cannot be used with Telnyx; use TelnyxTokenOptions");
    }

    private static byte[] serialize(ObjectWriter writer, Object body) {
        return writer.writeValueAsBytes(body);
    }

    private TelnyxTokenResponseBody.Data read(ProviderResponse response) {
        if (!response.isSuccessful()) {
            throw TelnyxErrors.toException(response, this.clock);
        }
        TelnyxTokenResponseBody.Data data = null;
        try {
            data = ANSWER_READER.<TelnyxTokenResponseBody>readValue(response.body()).data();
        }
        catch (JacksonException ex) {
            // reported below as an answer without a token
        }
        if (data == null || data.token() == null) {
            throw RoomTokenProviderException.unusableAnswer(PROVIDER, response.statusCode(),
                    "the answer is not a client token response: no 'data.token' field, "
                            + response.describeUnreadableBody(PROVIDER));
        }
        return data;
    }

    @Override
    public String toString() {
        return "TelnyxTokenIssuer[tokenTtl=" + this.tokenTtl + ", refreshTokenTtl=" + this.refreshTokenTtl + "]";
    }

    /**
     * Builds a {@link TelnyxTokenIssuer}. Give at least the API key.
     */
    public static final class Builder extends RestIssuerBuilder<Builder> {

        private URI baseUrl = DEFAULT_BASE_URL;

        private @Nullable String apiKey;

        private Duration tokenTtl = TelnyxTokenTtls.DEFAULT_TOKEN_TTL;

        private Duration refreshTokenTtl = TelnyxTokenTtls.DEFAULT_REFRESH_TOKEN_TTL;


        private Builder() {
        }

        /**
         * Sets the API's base URL, for a proxy or an emulator.
         * @param baseUrl the base URL; {@code https://api.telnyx.com/v2} by default
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * Sets the API key, sent as a bearer token when creating tokens and never when
         * refreshing them.
         * @param apiKey the API key
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * Sets the client token ttl used when a request sets none, and for refreshed tokens.
         * @param tokenTtl 10 s to 3600 s; 600 s by default
         * @return this builder
         */
        public Builder tokenTtl(Duration tokenTtl) {
            TelnyxTokenTtls.tokenTtlSeconds("tokenTtl", tokenTtl);
            this.tokenTtl = tokenTtl;
            return this;
        }

        /**
         * Sets the refresh token ttl used when a request's options set none.
         * @param refreshTokenTtl 60 s to 86400 s; 3600 s by default
         * @return this builder
         */
        public Builder refreshTokenTtl(Duration refreshTokenTtl) {
            TelnyxTokenTtls.refreshTokenTtlSeconds("refreshTokenTtl", refreshTokenTtl);
            this.refreshTokenTtl = refreshTokenTtl;
            return this;
        }

        /**
         * Builds the client.
         * @return the client
         * @throws IllegalStateException if the API key is missing
         */
        public TelnyxTokenIssuer build() {
            if (this.apiKey == null || this.apiKey.isBlank()) {
                throw new IllegalStateException("Set the Telnyx API key");
            }
            return new TelnyxTokenIssuer(this, restClient(this.baseUrl), this.apiKey, clock());
        }

        @Override
        public String toString() {
            return "TelnyxTokenIssuer.Builder[baseUrl=" + this.baseUrl + ", apiKey=******]";
        }
    }
}
