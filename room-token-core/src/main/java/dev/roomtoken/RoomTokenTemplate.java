package dev.roomtoken;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.roomtoken.observation.DefaultRoomTokenObservationConvention;
import dev.roomtoken.observation.RoomTokenObservationContext;
import dev.roomtoken.observation.RoomTokenObservationConvention;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

/**
 * The central class of room-token: mints and refreshes room tokens through one provider's
 * {@link RoomTokenIssuer}, retrying transient failures and observing each call. Thread-safe; one
 * instance serves the whole application. In a Spring Boot application it is auto-configured from
 * {@code roomtoken.*} properties; elsewhere, create one from a provider's issuer:
 *
 * <pre>{@code
 * RoomTokenTemplate roomTokens = new RoomTokenTemplate(SignalWireTokenIssuer.builder()
 *         .space("example").projectId(projectId).apiToken(apiToken).build());
 * }</pre>
 *
 * Each call is one {@code roomtoken.requests} observation spanning its attempts; each retry is an
 * event of it. Without an {@link ObservationRegistry} nothing is observed.
 *
 * @since 0.1.0
 */
public class RoomTokenTemplate implements RoomTokenOperations {

    /** Retries after a first failed attempt by default: two, so three attempts at most. */
    public static final int DEFAULT_MAX_RETRIES = 2;

    /** The delay before the first retry by default; the jitter is half of it. */
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofMillis(200);

    /** How much each retry's delay grows over the one before by default. */
    public static final double DEFAULT_RETRY_MULTIPLIER = 2;

    /** The longest delay between two attempts by default. */
    public static final Duration DEFAULT_RETRY_MAX_DELAY = Duration.ofSeconds(5);

    /** The time a whole call, retries included, may take by default. */
    public static final Duration DEFAULT_RETRY_TIMEOUT = Duration.ofSeconds(10);

    private static final Log logger = LogFactory.getLog(RoomTokenTemplate.class);

    private static final RoomTokenObservationConvention DEFAULT_CONVENTION = new DefaultRoomTokenObservationConvention();

    private static final Observation.Event RETRY_EVENT = Observation.Event.of("retries", "retry");

    private final RoomTokenIssuer issuer;

    private final RetryPolicy retryPolicy;

    private final ObservationRegistry observationRegistry;

    private final @Nullable RoomTokenObservationConvention observationConvention;

    /**
     * Creates a template that talks to the provider behind the given issuer, retrying with
     * {@link #defaultRetryPolicy()} and observing nothing.
     * @param issuer the provider's issuer
     */
    public RoomTokenTemplate(RoomTokenIssuer issuer) {
        this(builder(issuer));
    }

    /**
     * Creates a template that talks to the provider behind the given issuer and observes nothing.
     * @param issuer the provider's issuer
     * @param retryPolicy how often and how long to retry transient failures; see
     * {@link Builder#retryPolicy(RetryPolicy)}
     */
    public RoomTokenTemplate(RoomTokenIssuer issuer, RetryPolicy retryPolicy) {
        this(builder(issuer).retryPolicy(retryPolicy));
    }

    private RoomTokenTemplate(Builder builder) {
        this.issuer = builder.issuer;
        this.retryPolicy = builder.retryPolicy;
        this.observationRegistry = builder.observationRegistry;
        this.observationConvention = builder.observationConvention;
    }

    /**
     * Starts building a template for the provider behind the given issuer.
     * @param issuer the provider's issuer
     * @return a builder
     */
    public static Builder builder(RoomTokenIssuer issuer) {
        return new Builder(Objects.requireNonNull(issuer, "issuer"));
    }

    /**
     * The policy a template uses when given none, the same as the starter's defaults: 2 retries,
     * 200 ms delay doubling up to 5 s, 100 ms jitter, 10 s in all.
     * @return the default retry policy
     */
    public static RetryPolicy defaultRetryPolicy() {
        return RetryPolicy.builder()
            .maxRetries(DEFAULT_MAX_RETRIES)
            .delay(DEFAULT_RETRY_DELAY)
            .multiplier(DEFAULT_RETRY_MULTIPLIER)
            .maxDelay(DEFAULT_RETRY_MAX_DELAY)
            .jitter(DEFAULT_RETRY_DELAY.dividedBy(2))
            .timeout(DEFAULT_RETRY_TIMEOUT)
            .build();
    }

    @Override
    public RoomToken createToken(RoomTokenRequest request) {
        Objects.requireNonNull(request, "request");
        return execute("create", () -> this.issuer.prepareCreate(request));
    }

    @Override
    public RoomToken refreshToken(RoomToken previous) {
        Objects.requireNonNull(previous, "previous");
        if (!previous.provider().equals(this.issuer.provider())) {
            throw new IllegalArgumentException("The token was issued by " + previous.provider()
                    + ", but this template talks to " + this.issuer.provider());
        }
        return execute("refresh", () -> this.issuer.prepareRefresh(previous.room(), previous.refreshToken(),
                previous.refreshTokenExpiresAt()));
    }

    @Override
    public RoomToken refreshToken(String room, String refreshToken) {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(refreshToken, "refreshToken");
        return execute("refresh", () -> this.issuer.prepareRefresh(room, refreshToken, null));
    }

    /**
     * Sends a call of the provider's own that is not a token, such as creating a Vonage Video
     * session ({@code VonageSessions}), with this template's retries, deadline and observation: one
     * {@code roomtoken.requests} observation tagged with the given operation and
     * {@code roomtoken.issuance=exchange}, each retry an event of it. Support for provider modules;
     * an application calls the provider module's own class instead.
     * @param operation the operation's name in metrics and logs, lower case with dashes, for
     * example {@code create-session}
     * @param call the prepared call, checked already: nothing about it is validated here
     * @param <T> what the call gives back
     * @return what the provider answered
     * @throws RoomTokenProviderException if the provider answered with an error, after any retries
     * @throws RoomTokenUnavailableException if the provider could not be reached, after any retries
     */
    public <T> T execute(String operation, ProviderCall<T> call) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(call, "call");
        RoomTokenObservationContext context = new RoomTokenObservationContext(this.issuer.provider(), operation);
        return observed(context, (observation) -> {
            context.recordIssuance(Issuance.Exchange.KIND);
            return sendWithRetries(call, context, observation);
        });
    }

    private RoomToken execute(String operation, Supplier<Issuance> preparation) {
        RoomTokenObservationContext context = new RoomTokenObservationContext(this.issuer.provider(), operation);
        return observed(context, (observation) -> {
            Issuance issuance = preparation.get();
            context.recordIssuance(issuance.kind());
            if (issuance instanceof Issuance.Exchange exchange) {
                return sendWithRetries(() -> {
                    Issuance.Answer answer = exchange.send();
                    return new ProviderCall.Answer<>(answer.statusCode(), answer.token());
                }, context, observation);
            }
            return sign((Issuance.Signing) issuance, context);
        });
    }

    private <T> T observed(RoomTokenObservationContext context, Function<Observation, T> work) {
        Observation observation = Observation.createNotStarted(this.observationConvention, DEFAULT_CONVENTION,
                () -> context, this.observationRegistry);
        return observation.observe(() -> {
            try {
                return work.apply(observation);
            }
            finally {
                context.complete();
            }
        });
    }

    /** Signs once: a computation that failed would fail again, so nothing is retried. */
    private static RoomToken sign(Issuance.Signing signing, RoomTokenObservationContext context) {
        try {
            return signing.sign();
        }
        catch (RoomTokenException ex) {
            ex.recordAttempts(1);
            throw ex;
        }
        finally {
            context.recordAttempt(null);
        }
    }

    private <T> T sendWithRetries(ProviderCall<T> call, RoomTokenObservationContext context,
            Observation observation) {
        RetryAfterAwarePolicy policy = new RetryAfterAwarePolicy(this.retryPolicy);
        CallAttempts<T> attempts = new CallAttempts<>(call, context, policy.deadlineNanos());
        RetryTemplate retryTemplate = new RetryTemplate(policy);
        retryTemplate.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy retryPolicy, Retryable<?> retryable, RetryState retryState) {
                observation.event(RETRY_EVENT);
            }
        });
        try {
            return retryTemplate.execute(attempts);
        }
        catch (RetryException ex) {
            RuntimeException failure = RetryFailures.toException(ex, attempts.count(), policy.retryAfterTooLong());
            if (failure instanceof RoomTokenException roomTokenFailure && roomTokenFailure.isRetryable()) {
                logger.warn(context.provider() + " " + context.operation() + " failed after " + attempts.count()
                        + ((attempts.count() == 1) ? " attempt: " : " attempts: ") + failure.getMessage());
            }
            throw failure;
        }
    }

    @Override
    public String provider() {
        return this.issuer.provider();
    }

    /**
     * The issuer this template mints through, for a provider module's operations that need it
     * alongside the template (see {@link #execute(String, ProviderCall)}).
     * @return the issuer
     */
    public RoomTokenIssuer issuer() {
        return this.issuer;
    }

    @Override
    public String toString() {
        return "RoomTokenTemplate[provider=" + this.issuer.provider() + "]";
    }

    /**
     * Builds a {@link RoomTokenTemplate}.
     */
    public static final class Builder {

        private final RoomTokenIssuer issuer;

        private RetryPolicy retryPolicy = defaultRetryPolicy();

        private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

        private @Nullable RoomTokenObservationConvention observationConvention;

        private Builder(RoomTokenIssuer issuer) {
            this.issuer = issuer;
        }

        /**
         * Sets how often and how long to retry transient failures (I/O errors, HTTP 408, 429 and
         * 5xx); other failures are never retried. The policy's timeout bounds the whole call: an
         * attempt gets at most what is left of it. A {@code Retry-After} is honoured within the
         * timeout, and one longer than the time left ends the retries at once; for a policy
         * without a timeout ({@link Duration#ZERO}), one longer than the policy's longest delay
         * does.
         * @param retryPolicy the policy; {@code RetryPolicy.withMaxRetries(0)} turns retries off
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Sets the registry each call is observed in.
         * @param observationRegistry the registry; {@link ObservationRegistry#NOOP} by default
         * @return this builder
         */
        public Builder observationRegistry(ObservationRegistry observationRegistry) {
            this.observationRegistry = Objects.requireNonNull(observationRegistry, "observationRegistry");
            return this;
        }

        /**
         * Replaces the {@link DefaultRoomTokenObservationConvention}.
         * @param observationConvention the convention, or {@code null} for the default
         * @return this builder
         */
        public Builder observationConvention(@Nullable RoomTokenObservationConvention observationConvention) {
            this.observationConvention = observationConvention;
            return this;
        }

        /**
         * Builds the template.
         * @return the template
         */
        public RoomTokenTemplate build() {
            return new RoomTokenTemplate(this);
        }
    }
}
