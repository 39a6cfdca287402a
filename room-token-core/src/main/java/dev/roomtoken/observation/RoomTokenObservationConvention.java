package dev.roomtoken.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names the {@code roomtoken.requests} observation and its key values. Define a bean of this type
 * (or pass one to the template's builder) to replace {@link DefaultRoomTokenObservationConvention};
 * extend that class to change only part of it.
 *
 * @since 0.1.0
 */
public interface RoomTokenObservationConvention extends ObservationConvention<RoomTokenObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof RoomTokenObservationContext;
    }
}
