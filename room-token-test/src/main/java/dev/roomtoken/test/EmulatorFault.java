package dev.roomtoken.test;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import org.jspecify.annotations.Nullable;

/**
 * A fault the emulator answers a request with instead of its normal answer: a status of the
 * test's choosing, a delay, or a broken connection. Queue one with
 * {@link RoomTokenEmulator#enqueue(EmulatorFault)}.
 *
 * @since 0.1.0
 */
public final class EmulatorFault {

    private final @Nullable Integer status;

    private final Map<String, String> headers;

    private final @Nullable String body;

    private final @Nullable Duration delay;

    private final @Nullable Fault fault;

    private EmulatorFault(@Nullable Integer status, Map<String, String> headers, @Nullable String body,
            @Nullable Duration delay, @Nullable Fault fault) {
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.body = body;
        this.delay = delay;
        this.fault = fault;
    }

    /**
     * Answers with a status, headers and body of the test's choosing.
     * @param status the status, from 100 to 599, for example 503
     * @param headers headers such as {@code Retry-After}
     * @param body the body
     * @return the fault
     */
    public static EmulatorFault status(int status, Map<String, String> headers, String body) {
        return new EmulatorFault(checkStatus(status), headers, Objects.requireNonNull(body), null, null);
    }

    /**
     * Answers with a status and an error body in the shape of the provider the request was for
     * ({@link EmulatorEndpoint#failure(int)}), or {@code {"error":"Emulated failure"}} on a path
     * no endpoint claims.
     * @param status the status, from 100 to 599, for example 503
     * @return the fault
     */
    public static EmulatorFault status(int status) {
        return new EmulatorFault(checkStatus(status), Map.of(), null, null, null);
    }

    private static int checkStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be from 100 to 599: " + status);
        }
        return status;
    }

    /**
     * Answers normally, but only after a delay.
     * @param delay how long to wait before answering, not negative
     * @return the fault
     */
    public static EmulatorFault delay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        return new EmulatorFault(null, Map.of(), null, delay, null);
    }

    /**
     * Resets the connection instead of answering.
     * @return the fault
     */
    public static EmulatorFault connectionReset() {
        return broken(Fault.CONNECTION_RESET_BY_PEER);
    }

    /**
     * Closes the connection without answering.
     * @return the fault
     */
    public static EmulatorFault emptyResponse() {
        return broken(Fault.EMPTY_RESPONSE);
    }

    /**
     * Sends a 200 status, then a broken chunk, then closes.
     * @return the fault
     */
    public static EmulatorFault malformedChunk() {
        return broken(Fault.MALFORMED_RESPONSE_CHUNK);
    }

    /**
     * Sends random bytes, then closes.
     * @return the fault
     */
    public static EmulatorFault randomDataThenClose() {
        return broken(Fault.RANDOM_DATA_THEN_CLOSE);
    }

    private static EmulatorFault broken(Fault fault) {
        return new EmulatorFault(null, Map.of(), null, null, fault);
    }

    /**
     * The answer that takes the normal answer's place.
     * @param normal what the provider would have answered
     * @param failure the provider's error answer for a status
     */
    ResponseDefinition apply(EmulatorAnswer normal, IntFunction<EmulatorAnswer> failure) {
        if (this.fault != null) {
            return ResponseDefinitionBuilder.responseDefinition().withFault(this.fault).build();
        }
        EmulatorAnswer answer = normal;
        if (this.status != null) {
            answer = (this.body != null) ? new EmulatorAnswer(this.status, this.body, this.headers)
                    : failure.apply(this.status);
        }
        ResponseDefinitionBuilder definition = EmulatorTransformer.definition(answer);
        if (this.delay != null) {
            definition.withFixedDelay((int) this.delay.toMillis());
        }
        return definition.build();
    }

    int status(EmulatorAnswer normal) {
        if (this.fault != null) {
            return 0;
        }
        return (this.status != null) ? this.status : normal.status();
    }

    @Override
    public String toString() {
        return "EmulatorFault[status=" + this.status + ", delay=" + this.delay + ", fault=" + this.fault + "]";
    }
}
