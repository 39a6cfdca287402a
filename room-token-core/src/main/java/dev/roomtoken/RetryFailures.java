package dev.roomtoken;

import org.jspecify.annotations.Nullable;

import org.springframework.core.retry.RetryException;

/**
 * Turns the end of an unsuccessful call into the exception the caller sees: a failure that no
 * retry could help is thrown as it was; a transient error answer that outlasted the retries
 * becomes a {@link RoomTokenUnavailableException}. Either way the attempts made are recorded.
 */
final class RetryFailures {

    private RetryFailures() {
    }

    static RuntimeException toException(RetryException ended, int attempts, @Nullable String retryAfterTooLong) {
        Throwable last = ended.getCause();
        if (!(last instanceof RoomTokenException lastFailure)) {
            if (last instanceof RuntimeException runtime) {
                return runtime;
            }
            if (last instanceof Error error) {
                throw error;
            }
            return new IllegalStateException(ended.getMessage(), last);
        }
        RoomTokenException failure = lastFailure;
        if (lastFailure instanceof RoomTokenProviderException answer && answer.isRetryable()) {
            failure = new RoomTokenUnavailableException(keptFailing(answer, attempts, retryAfterTooLong), answer);
        }
        failure.recordAttempts(attempts);
        return failure;
    }

    private static String keptFailing(RoomTokenProviderException answer, int attempts,
            @Nullable String retryAfterTooLong) {
        StringBuilder message = new StringBuilder().append(answer.provider())
            .append(" stayed unavailable after ")
            .append(attempts)
            .append((attempts == 1) ? " attempt" : " attempts")
            .append(": ")
            .append(answer.getMessage());
        if (answer.retryAfter() != null) {
            message.append("; it asked to retry after ").append(answer.retryAfter().toSeconds()).append(" s");
            if (retryAfterTooLong != null) {
                message.append(", ").append(retryAfterTooLong);
            }
        }
        return message.toString();
    }
}
