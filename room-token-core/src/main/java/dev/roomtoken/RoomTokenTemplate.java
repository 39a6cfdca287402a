package dev.roomtoken;

import java.time.Duration;
import java.util.Objects;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

/**
 * The central class of room-token: mints and refreshes room tokens through one provider's
 * {@link RoomTokenClient}. Thread-safe; one instance serves the whole application. In a Spring
 * Boot application it is auto-configured from {@code roomtoken.*} properties; elsewhere, create
 * one from a provider's client:
 *
 * <pre>{@code
 * RoomTokenTemplate roomTokens = new RoomTokenTemplate(SignalWireRoomTokenClient.builder()
 *         .space("example").projectId(projectId).apiToken(apiToken).build());
 * }</pre>
 */
public class RoomTokenTemplate implements RoomTokenOperations {

    private final RoomTokenClient client;

    private final RetryPolicy retryPolicy;

    /**
     * Creates a template that talks to the provider behind the given client, retrying with
     * {@link #defaultRetryPolicy()}.
     * @param client the provider's client
     */
    public RoomTokenTemplate(RoomTokenClient client) {
        this(client, defaultRetryPolicy());
    }

    /**
     * Creates a template that talks to the provider behind the given client.
     * @param client the provider's client
     * @param retryPolicy how often and how long to retry transient failures (I/O errors, HTTP
     * 408, 429 and 5xx); other failures are never retried, and a {@code Retry-After} is honoured
     * within the policy's timeout. {@code RetryPolicy.withMaxRetries(0)} turns retries off.
     */
    public RoomTokenTemplate(RoomTokenClient client, RetryPolicy retryPolicy) {
        this.client = Objects.requireNonNull(client, "client");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    }

    /**
     * The policy a template uses when given none, the same as the starter's defaults: 2 retries,
     * 200 ms delay doubling up to 5 s, 100 ms jitter, 10 s in all.
     * @return the default retry policy
     */
    public static RetryPolicy defaultRetryPolicy() {
        return RetryPolicy.builder()
            .maxRetries(2)
            .delay(Duration.ofMillis(200))
            .multiplier(2)
            .maxDelay(Duration.ofSeconds(5))
            .jitter(Duration.ofMillis(100))
            .timeout(Duration.ofSeconds(10))
            .build();
    }

    @Override
    public RoomToken createToken(RoomTokenRequest request) {
        Objects.requireNonNull(request, "request");
        return execute(this.client.prepareCreate(request), "create");
    }

    @Override
    public RoomToken refreshToken(RoomToken previous) {
        Objects.requireNonNull(previous, "previous");
        if (!previous.provider().equals(this.client.provider())) {
            throw new IllegalArgumentException("The token was issued by " + previous.provider()
                    + ", but this template talks to " + this.client.provider());
        }
        return execute(
                this.client.prepareRefresh(previous.room(), previous.refreshToken(), previous.refreshTokenExpiresAt()),
                "refresh");
    }

    @Override
    public RoomToken refreshToken(String room, String refreshToken) {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(refreshToken, "refreshToken");
        return execute(this.client.prepareRefresh(room, refreshToken, null), "refresh");
    }

    private RoomToken execute(RoomTokenClient.RoomTokenCall call, String operation) {
        CountedAttempts attempts = new CountedAttempts(call, this.client.provider() + " " + operation);
        RetryAfterAwarePolicy policy = new RetryAfterAwarePolicy(this.retryPolicy);
        try {
            return new RetryTemplate(policy).execute(attempts);
        }
        catch (RetryException ex) {
            throw RetryFailures.toException(ex, attempts.count(), policy.endedByRetryAfter());
        }
    }

    @Override
    public String provider() {
        return this.client.provider();
    }

    @Override
    public String toString() {
        return "RoomTokenTemplate[provider=" + this.client.provider() + "]";
    }
}
