package dev.roomtoken.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports room-token settings that cannot work: the property, what is wrong, and what to set.
 */
class RoomTokenConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<RoomTokenConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RoomTokenConfigurationException cause) {
        return new FailureAnalysis("room-token cannot start: " + cause.getMessage() + ".", cause.action(), cause);
    }
}
