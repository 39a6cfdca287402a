package dev.roomtoken.observation;

import dev.roomtoken.RoomTokenOutcome;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What one template call is about and how it went, for a {@link RoomTokenObservationConvention}.
 * It holds no room name, user name or token.
 *
 * @since 0.1.0
 */
public class RoomTokenObservationContext extends Observation.Context {

    private final String provider;

    private final String operation;

    private int attempts;

    private @Nullable Integer statusCode;

    private @Nullable String issuance;

    private boolean completed;

    /**
     * Creates the context of one call.
     * @param provider the provider's name, for example {@code signalwire}
     * @param operation {@code create}, {@code refresh}, or a provider's own, such as {@code create-session}
     */
    public RoomTokenObservationContext(String provider, String operation) {
        this.provider = provider;
        this.operation = operation;
    }

    /**
     * The provider the call went to.
     * @return for example {@code signalwire}
     */
    public String provider() {
        return this.provider;
    }

    /**
     * The operation.
     * @return {@code create} or {@code refresh}
     */
    public String operation() {
        return this.operation;
    }

    /**
     * How many times the request was sent so far.
     * @return the attempts
     */
    public int attempts() {
        return this.attempts;
    }

    /**
     * The provider's last HTTP status.
     * @return the status, or {@code null} if no answer came
     */
    public @Nullable Integer statusCode() {
        return this.statusCode;
    }

    /**
     * Whether the call has ended; until then only the provider and operation are known.
     * @return {@code true} once the call succeeded or failed
     */
    public boolean isCompleted() {
        return this.completed;
    }

    /**
     * How the call ended.
     * @return the outcome, or {@code null} while it runs
     */
    public @Nullable RoomTokenOutcome outcome() {
        return this.completed ? RoomTokenOutcome.of(getError(), this.statusCode) : null;
    }

    /**
     * Records one attempt's HTTP status.
     * @param statusCode the status, or {@code null} if the attempt got no answer
     */
    public void recordAttempt(@Nullable Integer statusCode) {
        this.attempts++;
        this.statusCode = statusCode;
    }

    /**
     * How the token is made, once the request was prepared.
     * @return {@code exchange} or {@code signing}, or {@code null} for a request refused before
     */
    public @Nullable String issuance() {
        return this.issuance;
    }

    /**
     * Records how the token is made.
     * @param issuance the {@link dev.roomtoken.Issuance#kind() kind}
     */
    public void recordIssuance(String issuance) {
        this.issuance = issuance;
    }

    /**
     * Marks the call as ended; its failure, if any, is the observation's error.
     */
    public void complete() {
        this.completed = true;
    }
}
