package dev.roomtoken;

import dev.roomtoken.http.AttemptDeadline;
import dev.roomtoken.observation.RoomTokenObservationContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.retry.Retryable;

/**
 * One call's attempts: sends the prepared call, each attempt within what is left of the
 * call's retry budget ({@link AttemptDeadline}), and for each attempt records its status in
 * the observation context and logs one DEBUG line (provider, operation, attempt, status,
 * elapsed). Nothing it logs names the room, the user or a token.
 */
final class CallAttempts<T> implements Retryable<T> {

    private static final Log logger = LogFactory.getLog(RoomTokenTemplate.class);

    private final ProviderCall<T> call;

    private final RoomTokenObservationContext context;

    private final @Nullable Long deadlineNanos;

    CallAttempts(ProviderCall<T> call, RoomTokenObservationContext context,
            @Nullable Long deadlineNanos) {
        this.call = call;
        this.context = context;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public T execute() {
        long started = System.nanoTime();
        try {
            ProviderCall.Answer<T> answer = (this.deadlineNanos != null)
                    ? AttemptDeadline.within(this.deadlineNanos, this.call::send) : this.call.send();
            recorded(answer.statusCode(), started);
            return answer.value();
        }
        catch (RoomTokenProviderException ex) {
            recorded(ex.statusCode(), started);
            throw ex;
        }
        catch (RuntimeException ex) {
            recorded(null, started);
            throw ex;
        }
    }

    private void recorded(@Nullable Integer statusCode, long started) {
        this.context.recordAttempt(statusCode);
        if (logger.isDebugEnabled()) {
            logger.debug(this.context.provider() + " " + this.context.operation() + " attempt "
                    + this.context.attempts() + ": " + ((statusCode != null) ? "HTTP " + statusCode : "no answer")
                    + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
    }

    @Override
    public String getName() {
        return this.context.provider() + " " + this.context.operation();
    }

    int count() {
        return this.context.attempts();
    }
}
