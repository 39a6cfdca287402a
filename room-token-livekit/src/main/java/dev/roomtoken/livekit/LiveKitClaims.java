package dev.roomtoken.livekit;

import java.util.List;
import java.util.Map;

import dev.roomtoken.signing.JsonClaimsWriter;
import org.jspecify.annotations.Nullable;

/**
 * The claims of a LiveKit access token, named and typed as LiveKit's server reads them
 * ({@code auth.ClaimGrants} of livekit/protocol), written as JSON in this order: {@code iss},
 * {@code sub}, {@code nbf}, {@code exp}, {@code name}, {@code video} ({@code room},
 * {@code roomJoin}, the other grants, {@code canPublishSources}, {@code destinationRoom}),
 * {@code metadata}, {@code attributes}, {@code roomPreset}, {@code roomConfig}. A value left unset
 * is left out. What depends on the options alone, from {@code roomJoin} to the end, is written
 * once per options; what depends on the API key, once per issuer.
 */
final class LiveKitClaims {

    private LiveKitClaims() {
    }

    /**
     * The start of every token's claims for one API key.
     * @param apiKey the issuer
     * @return {@code {"iss":"<apiKey>"}} without its closing brace
     */
    static byte[] issuerPrefix(String apiKey) {
        return new JsonClaimsWriter(apiKey.length() + 16).raw("{\"iss\":").string(apiKey).toByteArray();
    }

    /**
     * The end of the claims for the given options, from {@code roomJoin} in the video grant to the
     * last brace.
     * @param options the options
     * @return the JSON
     */
    static byte[] optionsTail(LiveKitTokenOptions options) {
        JsonClaimsWriter json = new JsonClaimsWriter(256);
        json.raw(",\"roomJoin\":").bool(!Boolean.FALSE.equals(options.roomJoin()));
        options.grants().forEach((grant, value) -> {
            if (grant != LiveKitGrant.ROOM_JOIN) {
                json.raw(",\"").raw(grant.claimName()).raw("\":").bool(value);
            }
        });
        List<LiveKitTrackSource> sources = options.canPublishSources();
        if (sources != null) {
            json.raw(",\"canPublishSources\":[");
            for (int i = 0; i < sources.size(); i++) {
                json.raw((i > 0) ? ",\"" : "\"").raw(sources.get(i).claimValue()).raw("\"");
            }
            json.raw("]");
        }
        if (options.destinationRoom() != null) {
            json.raw(",\"destinationRoom\":").string(options.destinationRoom());
        }
        json.raw("}");
        if (options.metadata() != null) {
            json.raw(",\"metadata\":").string(options.metadata());
        }
        Map<String, String> attributes = options.attributes();
        if (attributes != null) {
            json.raw(",\"attributes\":").object(attributes);
        }
        if (options.roomPreset() != null) {
            json.raw(",\"roomPreset\":").string(options.roomPreset());
        }
        if (options.roomConfig() != null) {
            json.raw(",\"roomConfig\":").raw(options.roomConfig().json());
        }
        return json.raw("}").toByteArray();
    }

    /**
     * The claims of one token.
     * @param issuerPrefix {@link #issuerPrefix(String)} of the API key
     * @param room the room of the video grant
     * @param identity {@code sub}, or {@code null}
     * @param name {@code name}, or {@code null}
     * @param notBefore {@code nbf}, epoch seconds
     * @param expiresAt {@code exp}, epoch seconds
     * @param optionsTail {@link #optionsTail(LiveKitTokenOptions)} of the options
     * @return the JSON, in the writer's buffer
     */
    static JsonClaimsWriter payload(byte[] issuerPrefix, String room, @Nullable String identity,
            @Nullable String name, long notBefore, long expiresAt, byte[] optionsTail) {
        int strings = room.length() + ((identity != null) ? identity.length() : 0)
                + ((name != null) ? name.length() : 0);
        JsonClaimsWriter json = new JsonClaimsWriter(issuerPrefix.length + optionsTail.length + 2 * strings + 96);
        json.raw(issuerPrefix);
        if (identity != null) {
            json.raw(",\"sub\":").string(identity);
        }
        json.raw(",\"nbf\":").number(notBefore).raw(",\"exp\":").number(expiresAt);
        if (name != null) {
            json.raw(",\"name\":").string(name);
        }
        return json.raw(",\"video\":{\"room\":").string(room).raw(optionsTail);
    }
}
