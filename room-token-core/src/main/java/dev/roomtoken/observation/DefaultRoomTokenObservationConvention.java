package dev.roomtoken.observation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.roomtoken.RoomTokenOutcome;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

/**
 * The default names: observation {@code roomtoken.requests}, low-cardinality key values
 * {@code roomtoken.provider} and {@code roomtoken.operation} from the start, and
 * {@code outcome}, {@code status} and {@code exception} once the call has ended. Retries are
 * events named {@code retries}, so a meter registry counts them in
 * {@code roomtoken.requests.retries} by provider and operation.
 *
 * @since 0.1.0
 */
public class DefaultRoomTokenObservationConvention implements RoomTokenObservationConvention {

    /** The observation's name, and the timer's. */
    public static final String NAME = "roomtoken.requests";

    /** Key of the provider's name. */
    public static final String PROVIDER = "roomtoken.provider";

    /** Key of the operation: {@code create}, {@code refresh}, or a provider's own, such as {@code create-session}. */
    public static final String OPERATION = "roomtoken.operation";

    /**
     * Key of how the token was made: {@code exchange} (an HTTP exchange with the provider),
     * {@code signing} (signed in-process), or {@code none} for a request refused before either.
     */
    public static final String ISSUANCE = "roomtoken.issuance";

    /** Key of the {@link RoomTokenOutcome}. */
    public static final String OUTCOME = "outcome";

    /** Key of the last HTTP status, {@code none} if no answer came. */
    public static final String STATUS = "status";

    /** Key of the simple class name of the exception that ended the call, or {@code none}. */
    public static final String EXCEPTION = "exception";

    private static final String NONE = "none";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(RoomTokenObservationContext context) {
        return "roomtoken " + context.operation();
    }

    /** The key values of a call that has not ended, by provider and operation: a handful, made once each. */
    private final Map<String, Map<String, KeyValues>> startKeyValues = new ConcurrentHashMap<>();

    @Override
    public KeyValues getLowCardinalityKeyValues(RoomTokenObservationContext context) {
        RoomTokenOutcome outcome = context.outcome();
        if (outcome == null) {
            return this.startKeyValues.computeIfAbsent(context.provider(), (provider) -> new ConcurrentHashMap<>())
                .computeIfAbsent(context.operation(),
                        (operation) -> KeyValues.of(PROVIDER, context.provider(), OPERATION, operation));
        }
        String issuance = context.issuance();
        return KeyValues.of(PROVIDER, context.provider(), OPERATION, context.operation(), ISSUANCE,
                (issuance != null) ? issuance : NONE, OUTCOME, outcome.value(), STATUS, status(context.statusCode()),
                EXCEPTION,
                (context.getError() != null) ? context.getError().getClass().getSimpleName() : NONE);
    }

    private static String status(@Nullable Integer statusCode) {
        return (statusCode != null) ? statusCode.toString() : NONE;
    }
}
