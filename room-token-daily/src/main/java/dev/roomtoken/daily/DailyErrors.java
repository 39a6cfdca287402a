package dev.roomtoken.daily;

import java.time.Clock;

import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.http.ProviderResponse;
import dev.roomtoken.http.RetryAfter;
import dev.roomtoken.http.WireJson;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;

/**
 * Turns a Daily error answer into a {@link RoomTokenProviderException}: {@code error} becomes the
 * error code, {@code info} the provider's message, both cleaned of secrets; a {@code Retry-After}
 * header is kept.
 */
final class DailyErrors {

    private DailyErrors() {
    }

    static RoomTokenProviderException toException(ProviderResponse response, Clock clock) {
        DailyErrorBody body = read(response.body());
        String error = (body != null) ? text(body.error()) : null;
        String info = (body != null) ? text(body.info()) : null;
        String summary = (error != null || info != null) ? response.reasonPhrase()
                : response.reasonPhrase() + ", " + response.describeUnreadableBody(DailyTokenIssuer.PROVIDER);
        return new RoomTokenProviderException(DailyTokenIssuer.PROVIDER, response.statusCode(), response.clean(error),
                response.clean(info), null, summary, RetryAfter.of(response.headers(), clock));
    }

    private static @Nullable DailyErrorBody read(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return WireJson.mapper().readValue(body, DailyErrorBody.class);
        }
        catch (JacksonException ex) {
            return null;
        }
    }

    private static @Nullable String text(@Nullable Object value) {
        return (value instanceof String string && !string.isBlank()) ? string : null;
    }
}
