package dev.roomtoken.livekit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.roomtoken.InvalidRoomTokenRequestException;
import org.jspecify.annotations.Nullable;

/**
 * An agent that LiveKit dispatches to a room the token's holder creates
 * ({@code RoomAgentDispatch} in {@code roomConfig.agents}).
 *
 * @param agentName the agent's name, as its worker registered it; not blank
 * @param metadata what the agent's job receives, at most 64000 bytes in UTF-8; {@code null} for none
 * @param restartPolicy whether a failed job is restarted; {@code null} for LiveKit's default
 * ({@link LiveKitJobRestartPolicy#ON_FAILURE})
 * @since 0.1.0
 */
public record LiveKitAgentDispatch(String agentName, @Nullable String metadata,
        @Nullable LiveKitJobRestartPolicy restartPolicy) {

    /**
     * Checks the agent's name and metadata.
     * @param agentName the agent's name; not blank
     * @param metadata what the agent's job receives, or {@code null}
     * @param restartPolicy whether a failed job is restarted, or {@code null}
     * @throws InvalidRoomTokenRequestException if the name is blank or the metadata too long
     */
    public LiveKitAgentDispatch {
        Objects.requireNonNull(agentName, "agentName");
        if (agentName.isBlank()) {
            throw new InvalidRoomTokenRequestException("roomConfig.agents.agentName", "must not be blank");
        }
        if (metadata != null) {
            LiveKitLimits.checkBytes("roomConfig.agents.metadata", metadata, LiveKitLimits.MAX_METADATA_BYTES);
        }
    }

    /**
     * An agent dispatched by name alone.
     * @param agentName the agent's name
     * @return the dispatch
     */
    public static LiveKitAgentDispatch named(String agentName) {
        return new LiveKitAgentDispatch(agentName, null, null);
    }

    /** The dispatch as the token writes it, with protobuf's field names. */
    Map<String, Object> claim() {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("agent_name", this.agentName);
        if (this.metadata != null) {
            claim.put("metadata", this.metadata);
        }
        if (this.restartPolicy != null) {
            claim.put("restart_policy", this.restartPolicy.claimValue());
        }
        return claim;
    }
}
