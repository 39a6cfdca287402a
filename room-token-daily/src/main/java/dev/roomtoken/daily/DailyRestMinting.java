package dev.roomtoken.daily;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.Issuance;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.http.JsonExchange;
import dev.roomtoken.http.ProviderResponse;
import dev.roomtoken.http.ProviderTokens;
import dev.roomtoken.http.WireJson;

import org.springframework.http.HttpHeaders;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;

/**
 * REST mode: {@code POST {base}/meeting-tokens} with the API key as a bearer token and the body
 * {@code {"properties": {...}}}; the answer {@code {"token": "..."}} with status 200
 * (<a href="https://docs.daily.co/reference/rest-api/meeting-tokens/create-meeting-token">create meeting token</a>).
 */
final class DailyRestMinting {

    /** The path of the endpoint below the base URL. */
    static final String PATH = "/meeting-tokens";

    /** The status of Daily's successful answer. */
    static final int SUCCESS_STATUS = 200;

    private static final ObjectReader ANSWER_READER = WireJson.mapper().readerFor(DailyTokenResponseBody.class);

    private final JsonExchange exchange;

    private final Consumer<HttpHeaders> authorization;

    private final Clock clock;

    DailyRestMinting(JsonExchange exchange, String apiKey, Clock clock) {
        String bearer = "Bearer " + apiKey;
        this.exchange = exchange;
        this.authorization = (headers) -> headers.set(HttpHeaders.AUTHORIZATION, bearer);
        this.clock = clock;
    }

    Issuance.Exchange prepare(String room, DailyProperties properties, Instant expiresAt, Map<String, String> join) {
        byte[] body;
        try {
            body = WireJson.mapper().writeValueAsBytes(properties.restBody());
        }
        catch (JacksonException ex) {
            throw new InvalidRoomTokenRequestException("options", "must be serializable as JSON");
        }
        return () -> {
            ProviderResponse response = this.exchange.post(PATH, body, this.authorization);
            if (!response.isSuccessful()) {
                throw DailyErrors.toException(response, this.clock);
            }
            return new Issuance.Answer(response.statusCode(),
                    new RoomToken(DailyTokenIssuer.PROVIDER, room, readToken(response), expiresAt, null, null, join));
        };
    }

    private static String readToken(ProviderResponse response) {
        DailyTokenResponseBody answer = null;
        try {
            answer = ANSWER_READER.readValue(response.body());
        }
        catch (JacksonException ex) {
            // reported below as an answer without a token
        }
        if (answer == null || answer.token() == null) {
            throw RoomTokenProviderException.unusableAnswer(DailyTokenIssuer.PROVIDER, response.statusCode(),
                    "the answer is not a meeting token response: no 'token' field, "
                            + response.describeUnreadableBody(DailyTokenIssuer.PROVIDER));
        }
        return ProviderTokens.check(response, DailyTokenIssuer.PROVIDER, "token", answer.token());
    }
}
