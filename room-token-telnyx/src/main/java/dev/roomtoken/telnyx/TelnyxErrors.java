package dev.roomtoken.telnyx;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.http.ProviderResponse;
import dev.roomtoken.http.RetryAfter;
import dev.roomtoken.http.WireJson;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;

/**
 * Turns a Telnyx error answer into a {@link RoomTokenProviderException}: the first error's code
 * and source become the error code and attribute, every error's title and detail the message.
 */
final class TelnyxErrors {

    private TelnyxErrors() {
    }

    static RoomTokenProviderException toException(ProviderResponse response, Clock clock) {
        List<TelnyxErrorBody.Item> errors = read(response.body());
        @Nullable Duration retryAfter = RetryAfter.of(response.headers(), clock);
        if (errors.isEmpty()) {
            return new RoomTokenProviderException(TelnyxTokenIssuer.PROVIDER, response.statusCode(), null, null,
                    null, response.reasonPhrase() + ", " + response.describeUnreadableBody(TelnyxTokenIssuer.PROVIDER),
                    retryAfter);
        }
        TelnyxErrorBody.Item first = errors.get(0);
        String messages = errors.stream().map(TelnyxErrors::message).filter(Objects::nonNull)
            .collect(Collectors.joining("; "));
        return new RoomTokenProviderException(TelnyxTokenIssuer.PROVIDER, response.statusCode(),
                response.clean(first.code()), messages.isEmpty() ? null : response.clean(messages),
                response.clean(attribute(first)), response.reasonPhrase(), retryAfter);
    }

    private static List<TelnyxErrorBody.Item> read(byte[] body) {
        if (body.length == 0) {
            return List.of();
        }
        try {
            TelnyxErrorBody answer = WireJson.mapper().readValue(body, TelnyxErrorBody.class);
            List<TelnyxErrorBody.Item> errors = (answer != null) ? answer.errors() : null;
            return (errors != null) ? errors.stream().filter(Objects::nonNull).toList() : List.of();
        }
        catch (JacksonException ex) {
            return List.of();
        }
    }

    private static @Nullable String message(TelnyxErrorBody.Item item) {
        if (item.title() != null && item.detail() != null) {
            return item.title() + ": " + item.detail();
        }
        return (item.detail() != null) ? item.detail() : item.title();
    }

    private static @Nullable String attribute(TelnyxErrorBody.Item item) {
        TelnyxErrorBody.Source source = item.source();
        if (source == null) {
            return null;
        }
        if (source.pointer() != null) {
            String pointer = source.pointer();
            return pointer.startsWith("/") ? pointer.substring(1) : pointer;
        }
        return source.parameter();
    }
}
