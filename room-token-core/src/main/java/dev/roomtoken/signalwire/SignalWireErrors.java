package dev.roomtoken.signalwire;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.http.ProviderResponse;
import dev.roomtoken.http.WireJson;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import tools.jackson.core.JacksonException;

/**
 * Turns a SignalWire error answer into a {@link RoomTokenProviderException}, keeping SignalWire's
 * code, message and attribute, and saying something useful when the body is not SignalWire's JSON.
 */
final class SignalWireErrors {

    private SignalWireErrors() {
    }

    static RoomTokenProviderException toException(ProviderResponse response) {
        int status = response.statusCode();
        SignalWireErrorBody body = read(response.body());
        if (body != null && body.errors() != null && !body.errors().isEmpty()) {
            List<SignalWireErrorBody.Item> items = body.errors();
            SignalWireErrorBody.Item first = items.get(0);
            String messages = items.stream()
                .map(SignalWireErrorBody.Item::message)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("; "));
            return new RoomTokenProviderException(SignalWireRoomTokenClient.PROVIDER, status, first.code(),
                    messages.isEmpty() ? null : messages, first.attribute(), reason(status));
        }
        if (body != null && body.error() != null) {
            return new RoomTokenProviderException(SignalWireRoomTokenClient.PROVIDER, status, null, body.error(), null,
                    reason(status));
        }
        return new RoomTokenProviderException(SignalWireRoomTokenClient.PROVIDER, status, null, null, null,
                reason(status) + ", " + describeBody(response));
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

    static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return (known != null) ? known.getReasonPhrase() : "HTTP " + status;
    }

    static String describeBody(ProviderResponse response) {
        if (response.body().length == 0) {
            return "with an empty body";
        }
        String contentType = response.headers().getFirst(HttpHeaders.CONTENT_TYPE);
        return "with a body that is not SignalWire's JSON (" + ((contentType != null) ? contentType : "no content type")
                + ", " + response.body().length + " bytes)";
    }
}
