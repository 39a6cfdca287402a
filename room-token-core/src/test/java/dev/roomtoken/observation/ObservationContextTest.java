package dev.roomtoken.observation;

import dev.roomtoken.RoomTokenOutcome;
import io.micrometer.observation.Observation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call's observation context before and after it ends, and the contexts a room-token
 * convention applies to: its own, no other.
 */
class ObservationContextTest {

    @Test
    void aCallHasNoOutcomeUntilItEnds() {
        RoomTokenObservationContext context = new RoomTokenObservationContext("telnyx", "refresh");
        context.recordAttempt(201);

        assertThat(context.isCompleted()).isFalse();
        assertThat(context.outcome()).isNull();

        context.complete();

        assertThat(context.isCompleted()).isTrue();
        assertThat(context.outcome()).isEqualTo(RoomTokenOutcome.SUCCESS);
        assertThat(context.attempts()).isEqualTo(1);
        assertThat(context.statusCode()).isEqualTo(201);
    }

    @Test
    void aConventionAppliesToRoomTokenCallsOnly() {
        RoomTokenObservationConvention convention = new DefaultRoomTokenObservationConvention();

        assertThat(convention.supportsContext(new RoomTokenObservationContext("telnyx", "create"))).isTrue();
        assertThat(convention.supportsContext(new Observation.Context())).isFalse();
        assertThat(convention.getContextualName(new RoomTokenObservationContext("telnyx", "refresh")))
            .isEqualTo("roomtoken refresh");
    }
}
