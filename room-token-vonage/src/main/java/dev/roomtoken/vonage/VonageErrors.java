package dev.roomtoken.vonage;

import java.time.Clock;

import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.http.ProviderResponse;
import dev.roomtoken.http.RetryAfter;
import dev.roomtoken.http.WireJson;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;

/**
 * Turns a Video API error answer into a {@link RoomTokenProviderException}: {@code code} becomes
 * the error code and {@code message} (or a problem's {@code title}) with {@code description} (or
 * {@code detail}) the provider's message, all cleaned of secrets; a {@code Retry-After} header is
 * kept.
 */
final class VonageErrors {

    private VonageErrors() {
    }

    static RoomTokenProviderException toException(ProviderResponse response, Clock clock) {
        VonageErrorBody body = read(response.body());
        String code = (body != null) ? code(body.code()) : null;
        String message = (body != null) ? joined(text(body.message(), body.title()),
                text(body.description(), body.detail())) : null;
        String summary = (code != null || message != null) ? response.reasonPhrase()
                : response.reasonPhrase() + ", " + response.describeUnreadableBody(VonageTokenIssuer.PROVIDER);
        return new RoomTokenProviderException(VonageTokenIssuer.PROVIDER, response.statusCode(), response.clean(code),
                response.clean(message), null, summary, RetryAfter.of(response.headers(), clock));
    }

    private static @Nullable VonageErrorBody read(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return WireJson.mapper().readValue(body, VonageErrorBody.class);
        }
        catch (JacksonException ex) {
            return null;
        }
    }

    private static @Nullable String code(@Nullable Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        return text(value, null);
    }

    private static @Nullable String text(@Nullable Object first, @Nullable Object second) {
        if (first instanceof String string && !string.isBlank()) {
            return string;
        }
        return (second instanceof String string && !string.isBlank()) ? string : null;
    }

    private static @Nullable String joined(@Nullable String message, @Nullable String description) {
        if (message == null || description == null || message.equals(description)) {
            return (message != null) ? message : description;
        }
        return message + ": " + description;
    }
}
