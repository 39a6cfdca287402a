package dev.roomtoken.test;

import java.util.Map;
import java.util.Objects;

/**
 * What an {@link EmulatorEndpoint} answers a request with: a status, a body and headers. Support
 * for endpoint implementations.
 *
 * @param status the HTTP status
 * @param body the body, usually JSON
 * @param headers the response headers, such as {@code Content-Type}
 *
 * @since 0.1.0
 */
public record EmulatorAnswer(int status, String body, Map<String, String> headers) {

    /**
     * Keeps an unmodifiable copy of the headers.
     * @param status the HTTP status
     * @param body the body
     * @param headers the response headers
     */
    public EmulatorAnswer {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    /**
     * A JSON answer.
     * @param status the HTTP status
     * @param body the JSON text, for example from {@link EmulatorJson#write(Object)}
     * @return an answer with {@code Content-Type: application/json}
     */
    public static EmulatorAnswer json(int status, String body) {
        return new EmulatorAnswer(status, body, Map.of("Content-Type", "application/json"));
    }

    /**
     * The emulator's answer on a path or with a method no endpoint serves:
     * {@code 404 {"error":"Not Found"}}.
     * @return the answer
     */
    public static EmulatorAnswer notFound() {
        return json(404, "{\"error\":\"Not Found\"}");
    }
}
