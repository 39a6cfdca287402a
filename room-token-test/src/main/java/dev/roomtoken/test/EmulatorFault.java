package dev.roomtoken.test;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import org.jspecify.annotations.Nullable;

/**
 * A fault the emulator answers a request with instead of its normal answer: a status of the
 * test's choosing, a delay, or a broken connection. Queue one with
 * {@link RoomTokenEmulator#enqueue(EmulatorFault)}.
 */
public final class EmulatorFault {

    private final @Nullable Integer status;

    private final Map<String, String> headers;

    private final String body;

    private final @Nullable Duration delay;

    private final @Nullable Fault fault;

    private EmulatorFault(@Nullable Integer status, Map<String, String> headers, String body,
            @Nullable Duration delay, @Nullable Fault fault) {
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.body = body;
        this.delay = delay;
        this.fault = fault;
    }

    /**
     * Answers with a status, headers and body of the test's choosing.
     * @param status the status, for example 503
     * @param headers headers such as {@code Retry-After}
     * @param body the body
     * @return the fault
     */
    public static EmulatorFault status(int status, Map<String, String> headers, String body) {
        return new EmulatorFault(status, headers, Objects.requireNonNull(body), null, null);
    }

    /**
     * Answers with a status and a JSON error body.
     * @param status the status, for example 503
     * @return the fault
     */
    public static EmulatorFault status(int status) {
        return status(status, Map.of("Content-Type", "application/json"),
                "{\"error\":\"Emulated failure\",\"errors\":[{\"code\":\"" + status + "\",\"title\":\"Emulated failure\"}]}");
    }

    /**
     * Answers normally, but only after a delay.
     * @param delay how long to wait before answering
     * @return the fault
     */
    public static EmulatorFault delay(Duration delay) {
        return new EmulatorFault(null, Map.of(), "", Objects.requireNonNull(delay), null);
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
        return new EmulatorFault(null, Map.of(), "", null, fault);
    }

    ResponseDefinition apply(EmulatorAnswer normal) {
        if (this.fault != null) {
            return ResponseDefinitionBuilder.responseDefinition().withFault(this.fault).build();
        }
        EmulatorAnswer answer = (this.status != null) ? new EmulatorAnswer(this.status, this.body, this.headers) : normal;
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
