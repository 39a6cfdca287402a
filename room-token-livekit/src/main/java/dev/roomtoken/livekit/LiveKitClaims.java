package dev.roomtoken.livekit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The claims of a LiveKit access token, named and typed as LiveKit's server reads them
 * ({@code auth.ClaimGrants} of livekit/protocol), in the order they are written.
 */
final class LiveKitClaims {

    private LiveKitClaims() {
    }

    /**
     * The claims of one token; {@code null} values are left out when signed.
     * @param apiKey the issuer
     * @param room the room of the video grant
     * @param identity the participant's identity, or {@code null}
     * @param name the participant's display name, or {@code null}
     * @param notBefore {@code nbf}, epoch seconds
     * @param expiresAt {@code exp}, epoch seconds
     * @param options the merged options
     * @return the claims
     */
    static Map<String, @Nullable Object> of(String apiKey, String room, @Nullable String identity,
            @Nullable String name, long notBefore, long expiresAt, LiveKitTokenOptions options) {
        Map<String, @Nullable Object> claims = new LinkedHashMap<>(16);
        claims.put("iss", apiKey);
        claims.put("sub", identity);
        claims.put("nbf", notBefore);
        claims.put("exp", expiresAt);
        claims.put("name", name);
        claims.put("metadata", options.metadata());
        claims.put("attributes", options.attributes());
        claims.put("video", video(room, options));
        claims.put("roomPreset", options.roomPreset());
        claims.put("roomConfig", (options.roomConfig() != null) ? options.roomConfig().claimValue() : null);
        return claims;
    }

    private static Map<String, Object> video(String room, LiveKitTokenOptions options) {
        Map<String, Object> video = new LinkedHashMap<>(32);
        video.put("room", room);
        video.put(LiveKitGrant.ROOM_JOIN.claimName(), !Boolean.FALSE.equals(options.roomJoin()));
        options.grants().forEach((grant, value) -> {
            if (grant != LiveKitGrant.ROOM_JOIN) {
                video.put(grant.claimName(), value);
            }
        });
        List<LiveKitTrackSource> sources = options.canPublishSources();
        if (sources != null) {
            List<String> values = new ArrayList<>(sources.size());
            sources.forEach((source) -> values.add(source.claimValue()));
            video.put("canPublishSources", values);
        }
        if (options.destinationRoom() != null) {
            video.put("destinationRoom", options.destinationRoom());
        }
        return video;
    }
}
