package dev.roomtoken.signalwire;

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
 * Turns a SignalWire error answer into a {@link RoomTokenProviderException}, keeping SignalWire's
 * code, message and attribute, and saying something useful when the body is not SignalWire's JSON.
 */
final class SignalWireErrors {

    private SignalWireErrors() {
    }

    static RoomTokenProviderException toException(ProviderResponse response, Clock clock) {
        int status = response.statusCode();
        @Nullable Duration retryAfter = RetryAfter.of(response.headers(), clock);
        SignalWireErrorBody body = read(response.body());
        List<SignalWireErrorBody.Item> items = (body != null && body.errors() != null)
                ? body.errors().stream().filter(Objects::nonNull).toList() : List.of();
        if (!items.isEmpty()) {
            SignalWireErrorBody.Item first = items.get(0);
            String messages = items.stream()
                .map(SignalWireErrorBody.Item::message)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("; "));
            return new RoomTokenProviderException(SignalWireTokenIssuer.PROVIDER, status,
                    response.clean(first.code()), messages.isEmpty() ? null : response.clean(messages),
                    response.clean(first.attribute()), response.reasonPhrase(), retryAfter);
        }
        if (body != null && body.error() != null) {
            return new RoomTokenProviderException(SignalWireTokenIssuer.PROVIDER, status, null,
                    response.clean(body.error()), null, response.reasonPhrase(), retryAfter);
        }
        return new RoomTokenProviderException(SignalWireTokenIssuer.PROVIDER, status, null, null, null,
                response.reasonPhrase() + ", " + response.describeUnreadableBody(SignalWireTokenIssuer.PROVIDER),
                retryAfter);
    }

    private static @Nullable SignalWireErrorBody read(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return WireJson.mapper().readValue(body, SignalWireErrorBody.class);
        }
        catch (JacksonException ex) {
            return null;
        }
    }
}
