package dev.roomtoken.http;

import java.io.IOException;

/**
 * A provider's answer was larger than the client reads: refused from its {@code Content-Length}
 * before reading, or cut as soon as it passed the limit.
 */
final class AnswerTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;

    AnswerTooLargeException(int statusCode, long maxBytes, long declaredBytes) {
        super("the answer " + ((declaredBytes >= 0) ? "declares " + declaredBytes + " bytes, more than the "
                : "passed the ") + maxBytes + " bytes the client reads (roomtoken.http.max-response-size)");
        this.statusCode = statusCode;
    }

    /** The status the oversized answer came with. */
    int statusCode() {
        return this.statusCode;
    }
}
