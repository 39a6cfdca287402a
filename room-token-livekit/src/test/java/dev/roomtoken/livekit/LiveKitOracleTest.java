package dev.roomtoken.livekit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.util.JsonFormat;
import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signing.DecodedJwt;
import io.livekit.server.AccessToken;
import io.livekit.server.Agent;
import io.livekit.server.CanPublish;
import io.livekit.server.CanPublishData;
import io.livekit.server.CanPublishSources;
import io.livekit.server.CanSubscribe;
import io.livekit.server.CanUpdateOwnMetadata;
import io.livekit.server.DestinationRoomName;
import io.livekit.server.Hidden;
import io.livekit.server.IngressAdmin;
import io.livekit.server.Recorder;
import io.livekit.server.RoomAdmin;
import io.livekit.server.RoomCreate;
import io.livekit.server.RoomJoin;
import io.livekit.server.RoomList;
import io.livekit.server.RoomName;
import io.livekit.server.RoomRecord;
import livekit.LivekitAgentDispatch.JobRestartPolicy;
import livekit.LivekitAgentDispatch.RoomAgentDispatch;
import livekit.LivekitRoom.RoomConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static dev.roomtoken.livekit.LiveKitFixtures.API_KEY;
import static dev.roomtoken.livekit.LiveKitFixtures.API_SECRET;
import static dev.roomtoken.livekit.LiveKitFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Our tokens against the ones LiveKit's own server SDK for the JVM ({@code io.livekit:livekit-server})
 * mints for the same request: decoded headers and claims compared as maps. The SDK always writes an
 * empty {@code sip} grant, which a join token does not need and we leave out; that is the one
 * difference allowed, besides {@code roomConfig.tags}, which the SDK writes in a form LiveKit's
 * server cannot read (see {@link #roomConfigReadsBackAsTheSdksProtobufTagsAndEdgesIncluded()}).
 */
class LiveKitOracleTest {

    private static final long NOW_SECONDS = NOW.getEpochSecond();

    private final LiveKitTokenIssuer issuer = LiveKitFixtures.issuer();

    @Test
    void aJoinTokenMatchesTheSdks() {
        RoomToken ours = this.issuer.prepareCreate(RoomTokenRequest.forRoom("standup")
            .identity("u-42")
            .displayName("Alice")
            .ttl(Duration.ofMinutes(30))
            .build()).sign();

        AccessToken sdk = sdkToken(NOW_SECONDS, NOW_SECONDS + 1800);
        sdk.setIdentity("u-42");
        sdk.setName("Alice");
        sdk.addGrants(new RoomJoin(true), new RoomName("standup"));

        assertSameToken(ours.token(), sdk);
        assertThat(DecodedJwt.of(ours.token()).claims()).containsOnlyKeys("iss", "sub", "nbf", "exp", "name", "video");
        assertThat(ours.expiresAt()).isEqualTo(NOW.plusSeconds(1800));
        assertThat(ours.join()).containsExactly(Map.entry("serverUrl", LiveKitFixtures.URL));
        assertThat(ours.provider()).isEqualTo("livekit");
        assertThat(ours.room()).isEqualTo("standup");
        assertThat(ours.refreshToken()).isNull();
        assertThat(ours.refreshTokenExpiresAt()).isNull();
    }

    @Test
    void nonAsciiRoomIdentityAndDisplayNameMatchTheSdks() {
        String room = "salle-à-manger-会議室";
        String identity = "ユーザー-42-ß";
        String name = "Zoë Ångström 山田 🎥 \"quoted\" \\ back\nslash";
        RoomToken ours = this.issuer.prepareCreate(RoomTokenRequest.forRoom(room)
            .identity(identity)
            .displayName(name)
            .ttl(Duration.ofMinutes(5))
            .build()).sign();

        AccessToken sdk = sdkToken(NOW_SECONDS, NOW_SECONDS + 300);
        sdk.setIdentity(identity);
        sdk.setName(name);
        sdk.addGrants(new RoomJoin(true), new RoomName(room));

        assertSameToken(ours.token(), sdk);
        assertThat(DecodedJwt.of(ours.token()).claims()).containsEntry("name", name).containsEntry("sub", identity);
    }

    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void everyYesOrNoGrantMatchesTheSdks(boolean value) {
        LiveKitTokenOptions options = LiveKitTokenOptions.builder()
            .roomJoin(value)
            .roomCreate(value)
            .roomList(value)
            .roomRecord(value)
            .roomAdmin(value)
            .ingressAdmin(value)
            .canPublish(value)
            .canSubscribe(value)
            .canPublishData(value)
            .canUpdateOwnMetadata(value)
            .hidden(value)
            .recorder(value)
            .agent(value)
            .build();

        AccessToken sdk = sdkToken(NOW_SECONDS, NOW_SECONDS + 600);
        sdk.setIdentity("u-1");
        sdk.addGrants(new RoomName("standup"), new RoomJoin(value), new RoomCreate(value), new RoomList(value),
                new RoomRecord(value), new RoomAdmin(value), new IngressAdmin(value), new CanPublish(value),
                new CanSubscribe(value), new CanPublishData(value), new CanUpdateOwnMetadata(value), new Hidden(value),
                new Recorder(value), new Agent(value));

        String ours = ours(RoomTokenRequest.forRoom("standup").identity("u-1").ttl(Duration.ofMinutes(10)), options);
        assertSameToken(ours, sdk);
        assertThat(video(ours)).hasSize(14);
    }

    @Test
    void publishSourcesAndDestinationRoomMatchTheSdks() {
        LiveKitTokenOptions options = LiveKitTokenOptions.builder()
            .canPublishSources(LiveKitTrackSource.SCREEN_SHARE, LiveKitTrackSource.CAMERA,
                    LiveKitTrackSource.MICROPHONE, LiveKitTrackSource.SCREEN_SHARE_AUDIO)
            .destinationRoom("overflow-2")
            .build();

        AccessToken sdk = sdkToken(NOW_SECONDS, NOW_SECONDS + 600);
        sdk.setIdentity("u-1");
        sdk.addGrants(new RoomJoin(true), new RoomName("standup"),
                new CanPublishSources(List.of("screen_share", "camera", "microphone", "screen_share_audio")),
                new DestinationRoomName("overflow-2"));

        String ours = ours(RoomTokenRequest.forRoom("standup").identity("u-1").ttl(Duration.ofMinutes(10)), options);
        assertSameToken(ours, sdk);
        assertThat(video(ours).get("canPublishSources"))
            .isEqualTo(List.of("screen_share", "camera", "microphone", "screen_share_audio"));
    }

    @Test
    void participantMetadataAttributesAndRoomPresetMatchTheSdks() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("rôle", "modératrice");
        attributes.put("team", "🚀 launch");
        LiveKitTokenOptions options = LiveKitTokenOptions.builder()
            .metadata("{\"plan\":\"pro\",\"note\":\"naïve\"}")
            .attributes(attributes)
            .roomPreset("town-hall")
            .build();

        AccessToken sdk = sdkToken(NOW_SECONDS, NOW_SECONDS + 600);
        sdk.setIdentity("u-1");
        sdk.setMetadata("{\"plan\":\"pro\",\"note\":\"naïve\"}");
        sdk.getAttributes().putAll(attributes);
        sdk.setRoomPreset("town-hall");
        sdk.addGrants(new RoomJoin(true), new RoomName("standup"));

        assertSameToken(ours(RoomTokenRequest.forRoom("standup").identity("u-1").ttl(Duration.ofMinutes(10)), options),
                sdk);
    }

    @Test
    void roomConfigWithoutTagsMatchesTheSdks() {
        LiveKitRoomConfiguration roomConfig = LiveKitRoomConfiguration.builder()
            .name("standup")
            .emptyTimeout(Duration.ofMinutes(5))
            .departureTimeout(Duration.ofSeconds(20))
            .maxParticipants(12)
            .metadata("{\"topic\":\"café\"}")
            .minPlayoutDelay(Duration.ofMillis(100))
            .maxPlayoutDelay(Duration.ofMillis(2000))
            .syncStreams(true)
            .agents(LiveKitAgentDispatch.named("note-taker"),
                    new LiveKitAgentDispatch("translator", "{\"to\":\"日本語\"}", LiveKitJobRestartPolicy.NEVER))
            .build();

        AccessToken sdk = sdkToken(NOW_SECONDS, NOW_SECONDS + 600);
        sdk.setIdentity("u-1");
        sdk.setRoomConfiguration(RoomConfiguration.newBuilder()
            .setName("standup")
            .setEmptyTimeout(300)
            .setDepartureTimeout(20)
            .setMaxParticipants(12)
            .setMetadata("{\"topic\":\"café\"}")
            .setMinPlayoutDelay(100)
            .setMaxPlayoutDelay(2000)
            .setSyncStreams(true)
            .addAgents(RoomAgentDispatch.newBuilder().setAgentName("note-taker"))
            .addAgents(RoomAgentDispatch.newBuilder()
                .setAgentName("translator")
                .setMetadata("{\"to\":\"日本語\"}")
                .setRestartPolicy(JobRestartPolicy.JRP_NEVER))
            .build());
        sdk.addGrants(new RoomJoin(true), new RoomName("standup"));

        assertSameToken(ours(RoomTokenRequest.forRoom("standup").identity("u-1").ttl(Duration.ofMinutes(10)),
                LiveKitTokenOptions.builder().roomConfig(roomConfig).build()), sdk);
    }

    /**
     * LiveKit's server reads {@code roomConfig} with protobuf's JSON parser. Ours, read by
     * protobuf's own Java parser, is the very message the SDK was given, tags (a JSON object;
     * the SDK writes a list of entries, which that parser refuses), a restart policy set to
     * protobuf's default and numbers at the top of the {@code uint32} range included.
     */
    @Test
    void roomConfigReadsBackAsTheSdksProtobufTagsAndEdgesIncluded() throws Exception {
        LiveKitRoomConfiguration roomConfig = LiveKitRoomConfiguration.builder()
            .emptyTimeout(Duration.ofSeconds(4_294_967_295L))
            .departureTimeout(Duration.ZERO)
            .maxParticipants(0)
            .maxPlayoutDelay(Duration.ofMillis(4_294_967_295L))
            .syncStreams(false)
            .agents(new LiveKitAgentDispatch("a", null, LiveKitJobRestartPolicy.ON_FAILURE))
            .tags(Map.of("tenant", "acme", "région", "île-de-france"))
            .build();
        RoomConfiguration expected = RoomConfiguration.newBuilder()
            .setEmptyTimeout(-1)
            .setMaxPlayoutDelay(-1)
            .addAgents(RoomAgentDispatch.newBuilder().setAgentName("a").setRestartPolicy(JobRestartPolicy.JRP_ON_FAILURE))
            .putTags("tenant", "acme")
            .putTags("région", "île-de-france")
            .build();

        String ours = ours(RoomTokenRequest.forRoom("standup").identity("u-1"),
                LiveKitTokenOptions.builder().roomConfig(roomConfig).build());
        String roomConfigJson = JsonMapper.builder().build()
            .writeValueAsString(DecodedJwt.of(ours).claims().get("roomConfig"));
        RoomConfiguration.Builder parsed = RoomConfiguration.newBuilder();
        JsonFormat.parser().merge(roomConfigJson, parsed);

        assertThat(parsed.build()).isEqualTo(expected);
        AccessToken sdk = sdkToken(NOW_SECONDS, NOW_SECONDS + 600);
        sdk.setRoomConfiguration(expected);
        sdk.addGrants(new RoomName("standup"));
        Object sdkRoomConfig = DecodedJwt.of(sdk.toJwt()).claims().get("roomConfig");
        assertThat(sdkRoomConfig).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
            .containsEntry("tags", List.of(Map.of("key", "tenant", "value", "acme"),
                    Map.of("key", "région", "value", "île-de-france")));
    }

    @Test
    void withoutATtlATokenLivesTheSdksSixHours() {
        long before = System.currentTimeMillis() / 1000;
        Map<String, Object> sdk = DecodedJwt.of(new AccessToken(API_KEY, API_SECRET).toJwt()).claims();
        long after = System.currentTimeMillis() / 1000;

        Map<String, Object> ours = DecodedJwt.of(ours(RoomTokenRequest.forRoom("standup").identity("u-1"),
                LiveKitTokenOptions.none())).claims();

        assertThat(((Number) sdk.get("exp")).longValue()).isBetween(before + 21_600, after + 21_600);
        assertThat(((Number) ours.get("nbf")).longValue()).isEqualTo(NOW_SECONDS);
        assertThat(((Number) ours.get("exp")).longValue()).isEqualTo(NOW_SECONDS + 21_600);
    }

    @ParameterizedTest
    @ValueSource(longs = { 1_000, 1_500, 60_000, 3_600_000, 86_400_000, 31_536_000_000L, 315_360_000_000L })
    void aTtlEndsTheTokenWhereTheSdksEnds(long ttlMillis) {
        LiveKitTokenIssuer systemClock = LiveKitFixtures.issuerBuilder().clock(Clock.systemUTC()).build();
        AccessToken sdk = new AccessToken(API_KEY, API_SECRET);
        sdk.setTtl(ttlMillis);
        sdk.setIdentity("u-1");
        sdk.addGrants(new RoomJoin(true), new RoomName("standup"));

        long before = System.currentTimeMillis();
        long sdkExp = ((Number) DecodedJwt.of(sdk.toJwt()).claims().get("exp")).longValue();
        RoomToken ours = systemClock.prepareCreate(
                RoomTokenRequest.forRoom("standup").identity("u-1").ttl(Duration.ofMillis(ttlMillis)).build())
            .sign();
        long after = System.currentTimeMillis();
        long ourExp = ((Number) DecodedJwt.of(ours.token()).claims().get("exp")).longValue();

        assertThat(sdkExp).isBetween((before + ttlMillis) / 1000, (after + ttlMillis) / 1000);
        assertThat(ourExp).isBetween((before + ttlMillis) / 1000, (after + ttlMillis) / 1000);
        assertThat(ours.expiresAt()).isEqualTo(Instant.ofEpochSecond(ourExp));
    }

    @Test
    void aTokenWithoutTheJoinGrantNeedsNoIdentityLikeTheSdks() {
        AccessToken sdk = sdkToken(NOW_SECONDS, NOW_SECONDS + 600);
        sdk.addGrants(new RoomName("standup"), new RoomJoin(false), new RoomAdmin(true), new RoomList(true));

        String ours = ours(RoomTokenRequest.forRoom("standup").ttl(Duration.ofMinutes(10)),
                LiveKitTokenOptions.builder().roomJoin(false).roomAdmin(true).roomList(true).build());

        assertSameToken(ours, sdk);
        assertThat(DecodedJwt.of(ours).claims()).doesNotContainKey("sub");
    }

    @Test
    void aJoinTokenWithoutIdentityIsRefusedLikeTheSdkRefusesIt() {
        AccessToken sdk = sdkToken(NOW_SECONDS, NOW_SECONDS + 600);
        sdk.addGrants(new RoomJoin(true), new RoomName("standup"));

        assertThatIllegalStateException().isThrownBy(sdk::toJwt).withMessageContaining("identity is required");
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.issuer.prepareCreate(RoomTokenRequest.forRoom("standup").build()))
            .satisfies((ex) -> assertThat(ex.field()).isEqualTo("identity"));
    }

    @Test
    void aNotBeforeInTheOptionsIsTheSdksNotBefore() {
        Instant later = NOW.plusSeconds(120);
        AccessToken sdk = sdkToken(later.getEpochSecond(), NOW_SECONDS + 600);
        sdk.setIdentity("u-1");
        sdk.addGrants(new RoomJoin(true), new RoomName("standup"));

        assertSameToken(ours(RoomTokenRequest.forRoom("standup").identity("u-1").ttl(Duration.ofMinutes(10)),
                LiveKitTokenOptions.builder().notBefore(later).build()), sdk);
    }

    @Test
    void defaultOptionsAndTheRequestsOwnTogetherMatchTheSdks() {
        LiveKitTokenIssuer withDefaults = LiveKitFixtures.issuerBuilder()
            .defaults(LiveKitTokenOptions.builder().canPublish(false).canSubscribe(true).metadata("default").build())
            .defaultTtl(Duration.ofMinutes(15))
            .build();
        AccessToken sdk = sdkToken(NOW_SECONDS, NOW_SECONDS + 900);
        sdk.setIdentity("u-1");
        sdk.setMetadata("default");
        sdk.addGrants(new RoomJoin(true), new RoomName("standup"), new CanPublish(true), new CanSubscribe(true),
                new Hidden(true));

        String ours = withDefaults.prepareCreate(RoomTokenRequest.forRoom("standup")
            .identity("u-1")
            .options(LiveKitTokenOptions.builder().canPublish(true).hidden(true).build())
            .build()).sign().token();

        assertSameToken(ours, sdk);
    }

    private String ours(RoomTokenRequest.Builder request, LiveKitTokenOptions options) {
        return this.issuer.prepareCreate(request.options(options).build()).sign().token();
    }

    private static AccessToken sdkToken(long notBefore, long expiresAt) {
        AccessToken token = new AccessToken(API_KEY, API_SECRET);
        token.setNotBefore(new Date(notBefore * 1000));
        token.setExpiration(new Date(expiresAt * 1000));
        return token;
    }

    private static Map<String, Object> video(String token) {
        @SuppressWarnings("unchecked")
        Map<String, Object> video = (Map<String, Object>) DecodedJwt.of(token).claims().get("video");
        return video;
    }

    private static void assertSameToken(String ours, AccessToken sdk) {
        DecodedJwt ourJwt = DecodedJwt.of(ours);
        DecodedJwt sdkJwt = DecodedJwt.of(sdk.toJwt());
        assertThat(ourJwt.header()).isEqualTo(sdkJwt.header()).isEqualTo(Map.of("alg", "HS256", "typ", "JWT"));
        Map<String, Object> sdkClaims = new LinkedHashMap<>(sdkJwt.claims());
        assertThat(sdkClaims.remove("sip")).as("the SDK's sip grant").isEqualTo(Map.of());
        assertThat(ourJwt.claims()).isEqualTo(sdkClaims);
        assertThat(ourJwt.isSignedWith(API_SECRET)).isTrue();
    }
}
