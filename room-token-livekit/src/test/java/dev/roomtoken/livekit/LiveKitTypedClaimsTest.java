package dev.roomtoken.livekit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signing.JsonWebSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static dev.roomtoken.livekit.LiveKitFixtures.API_KEY;
import static dev.roomtoken.livekit.LiveKitFixtures.API_SECRET;
import static dev.roomtoken.livekit.LiveKitFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claims LiveKit's issuer writes field by field make, byte for byte, the token that core's
 * {@link JsonWebSigner} makes of the same claims given as a map in the same order, for every
 * payload length and for text that needs every kind of escape.
 */
class LiveKitTypedClaimsTest {

    private static final String HARD_TEXT = "quote\" back\\slash /slash <tag> \b\f\n\r\t \u0000\u0001\u001f \u007f "
            + "\u0080\u009f é ß € \u2028\u2029 会議室 🎥👩🏽‍💻 \ufeff\uffff";

    private final JsonWebSigner reference = JsonWebSigner.hs256(API_SECRET.getBytes(StandardCharsets.UTF_8));

    @Test
    void aJoinTokenIsTheReferenceSignersToken() {
        String ours = LiveKitFixtures.issuer()
            .prepareCreate(RoomTokenRequest.forRoom("standup").identity("u-42").displayName("Alice").build())
            .sign()
            .token();

        Map<String, Object> claims = claims("u-42", "Alice", 21_600, "standup");
        claims.put("video", video("standup", true));

        assertThat(ours).isEqualTo(this.reference.sign(Map.of(), claims));
    }

    @Test
    void everyClaimWithHardTextIsTheReferenceSignersToken() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(HARD_TEXT, HARD_TEXT);
        attributes.put("plain", "");
        LiveKitRoomConfiguration roomConfig = LiveKitRoomConfiguration.builder()
            .name(HARD_TEXT)
            .emptyTimeout(Duration.ofSeconds(4_294_967_295L))
            .maxParticipants(0)
            .metadata(HARD_TEXT)
            .syncStreams(false)
            .agents(new LiveKitAgentDispatch(HARD_TEXT, HARD_TEXT, LiveKitJobRestartPolicy.NEVER),
                    LiveKitAgentDispatch.named("b"))
            .tags(attributes)
            .build();
        LiveKitTokenOptions options = LiveKitTokenOptions.builder()
            .roomJoin(false)
            .roomAdmin(true)
            .canPublish(false)
            .agent(true)
            .canPublishSources(LiveKitTrackSource.MICROPHONE, LiveKitTrackSource.SCREEN_SHARE_AUDIO)
            .destinationRoom(HARD_TEXT)
            .metadata(HARD_TEXT)
            .attributes(attributes)
            .roomPreset(HARD_TEXT)
            .roomConfig(roomConfig)
            .build();

        String ours = LiveKitFixtures.issuer()
            .prepareCreate(RoomTokenRequest.forRoom(HARD_TEXT)
                .identity(HARD_TEXT)
                .displayName(HARD_TEXT)
                .ttl(Duration.ofSeconds(90))
                .options(options)
                .build())
            .sign()
            .token();

        Map<String, Object> claims = claims(HARD_TEXT, HARD_TEXT, 90, HARD_TEXT);
        Map<String, Object> video = video(HARD_TEXT, false);
        video.put("roomAdmin", true);
        video.put("canPublish", false);
        video.put("agent", true);
        video.put("canPublishSources", List.of("microphone", "screen_share_audio"));
        video.put("destinationRoom", HARD_TEXT);
        claims.put("video", video);
        claims.put("metadata", HARD_TEXT);
        claims.put("attributes", attributes);
        claims.put("roomPreset", HARD_TEXT);
        claims.put("roomConfig", roomConfig.claimValue());

        assertThat(ours).isEqualTo(this.reference.sign(Map.of(), claims));
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 100, 255, 256 })
    void everyPayloadLengthEncodesAsTheReferenceDoes(int nameLength) {
        String name = "n".repeat(nameLength);
        LiveKitTokenIssuer issuer = LiveKitFixtures.issuer();
        RoomTokenRequest.Builder request = RoomTokenRequest.forRoom("r").identity("u");
        if (nameLength > 0) {
            request.displayName(name);
        }

        String ours = issuer.prepareCreate(request.build()).sign().token();

        Map<String, Object> claims = claims("u", (nameLength > 0) ? name : null, 21_600, "r");
        claims.put("video", video("r", true));
        assertThat(ours).isEqualTo(this.reference.sign(Map.of(), claims));
    }

    private static Map<String, Object> claims(String identity, String name, long ttlSeconds, String room) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", API_KEY);
        claims.put("sub", identity);
        claims.put("nbf", NOW.getEpochSecond());
        claims.put("exp", NOW.getEpochSecond() + ttlSeconds);
        claims.put("name", name);
        return claims;
    }

    private static Map<String, Object> video(String room, boolean roomJoin) {
        Map<String, Object> video = new LinkedHashMap<>();
        video.put("room", room);
        video.put("roomJoin", roomJoin);
        return video;
    }
}
