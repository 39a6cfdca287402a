package dev.roomtoken.daily;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The {@code 200} answer of {@code POST /meeting-tokens}: "a response body with a single field,
 * token" (<a href="https://docs.daily.co/reference/rest-api/meeting-tokens/create-meeting-token">create meeting token</a>).
 * The token is read as whatever JSON value it is, so that anything but a string can be refused
 * instead of coerced into one.
 */
record DailyTokenResponseBody(@JsonProperty("token") @Nullable Object token) {

    @Override
    public String toString() {
        return "DailyTokenResponseBody[token=******]";
    }
}
