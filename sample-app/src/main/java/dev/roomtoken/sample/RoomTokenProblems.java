package dev.roomtoken.sample;

import java.net.URI;
import java.time.Duration;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenException;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenUnavailableException;
import dev.roomtoken.UnsupportedRoomTokenOperationException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns room-token's exceptions into {@code application/problem+json} answers: 400 for a request
 * that cannot succeed (naming the field), 502 when the provider refused it, 503 when the provider
 * is unavailable, with {@code Retry-After} where the provider gave one (at most five minutes). Messages of room-token's
 * exceptions carry no secrets, so they are shown as they are.
 */
@RestControllerAdvice
class RoomTokenProblems {

    /** The longest wait passed on to clients: a provider's longer one is its own business. */
    static final long MAX_RETRY_AFTER_SECONDS = 300;

    @ExceptionHandler
    ProblemDetail invalidRequest(InvalidRoomTokenRequestException ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid room token request", ex);
        problem.setProperty("field", ex.field());
        problem.setProperty("rule", ex.rule());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownProvider(UnknownProviderException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setType(URI.create("https://roomtoken.dev/problems/invalid-request"));
        problem.setTitle("Invalid room token request");
        problem.setProperty("field", "provider");
        problem.setProperty("rule", "must name a configured provider");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unsupportedOperation(UnsupportedRoomTokenOperationException ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unsupported-operation",
                "Operation not offered by the provider", ex);
        problem.setProperty("operation", ex.operation());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail providerError(RoomTokenProviderException ex) {
        HttpStatus status = ex.isRetryable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY;
        String title = ex.isRetryable() ? "Provider unavailable" : "Provider refused the request";
        ProblemDetail problem = problem(status, ex.isRetryable() ? "provider-unavailable" : "provider-refused", title,
                ex);
        problem.setProperty("providerStatus", ex.statusCode());
        problem.setProperty("providerErrorCode", ex.errorCode());
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> providerUnavailable(RoomTokenUnavailableException ex) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "provider-unavailable", "Provider unavailable",
                ex);
        problem.setProperty("providerStatus", ex.statusCode());
        problem.setProperty("providerErrorCode", ex.errorCode());
        problem.setProperty("attempts", ex.attempts());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE);
        Duration retryAfter = ex.retryAfter();
        if (retryAfter != null) {
            long seconds = retryAfter.toSeconds() + ((retryAfter.toNanosPart() > 0) ? 1 : 0);
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.min(seconds, MAX_RETRY_AFTER_SECONDS)));
        }
        return response.body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, RoomTokenException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
        problem.setType(URI.create("https://roomtoken.dev/problems/" + type));
        problem.setTitle(title);
        problem.setProperty("provider", ex.provider());
        return problem;
    }
}
