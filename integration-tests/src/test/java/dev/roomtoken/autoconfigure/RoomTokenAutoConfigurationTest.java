package dev.roomtoken.autoconfigure;

import java.net.URI;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenOperations;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.signalwire.SignalWireTokenIssuer;
import dev.roomtoken.signalwire.SignalWireTokenOptions;
import dev.roomtoken.signalwire.autoconfigure.SignalWireAutoConfiguration;
import dev.roomtoken.telnyx.autoconfigure.TelnyxAutoConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the auto-configuration gives for settings that work: nothing without settings, a working
 * template per configured provider, the chosen one primary, and the application's own bean winning.
 */
class RoomTokenAutoConfigurationTest {

    static final String ROOM_ID = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

    static final WireMockServer provider = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    static {
        provider.start();
    }

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RoomTokenAutoConfiguration.class, SignalWireAutoConfiguration.class,
                TelnyxAutoConfiguration.class));

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @BeforeEach
    void answerAsTheProvidersDo() {
        provider.resetAll();
        provider.stubFor(post("/api/video/room_tokens").willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"token\":\"eyJ.signalwire.token\"}")));
        provider.stubFor(post(urlPathMatching("/v2/rooms/.*/actions/generate_join_client_token"))
            .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"data\":{\"token\":\"eyJ.telnyx.token\",\"refresh_token\":\"eyJ.refresh\"}}")));
    }

    static String[] signalWire(String... more) {
        return concat(new String[] { "roomtoken.signalwire.base-url=" + provider.baseUrl(),
                "roomtoken.signalwire.project-id=project-7f3a", "roomtoken.signalwire.api-token=PT-token-91c2" },
                more);
    }

    static String[] telnyx(String... more) {
        return concat(new String[] { "roomtoken.telnyx.base-url=" + provider.baseUrl() + "/v2",
                "roomtoken.telnyx.api-key=KEY-telnyx-77a" }, more);
    }

    static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Test
    void withoutSettingsItBacksOffAndStartUpContinues() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(RoomTokenOperations.class);
            assertThat(context).doesNotHaveBean(RoomTokenProperties.class);
        });
    }

    @Test
    void signalWireCredentialsGiveAWorkingTemplate() {
        this.contextRunner.withPropertyValues(signalWire()).run((context) -> {
            assertThat(context).hasSingleBean(RoomTokenTemplate.class).hasBean("signalWireRoomTokenTemplate");
            RoomToken token = context.getBean(RoomTokenTemplate.class)
                .createToken(RoomTokenRequest.forRoom("standup").build());
            assertThat(token.token()).isEqualTo("eyJ.signalwire.token");
            provider.verify(postRequestedFor(urlEqualTo("/api/video/room_tokens")).withHeader("Authorization",
                    equalTo("Basic cHJvamVjdC03ZjNhOlBULXRva2VuLTkxYzI=")));
        });
    }

    @Test
    void everyDefaultFromPropertiesReachesTheWire() {
        this.contextRunner.withPropertyValues(signalWire("roomtoken.signalwire.defaults.join-as=member",
                "roomtoken.signalwire.defaults.media-allowed=video-only",
                "roomtoken.signalwire.defaults.permissions=room.self.audio_mute,room.self.video_mute",
                "roomtoken.signalwire.defaults.remove-after-seconds-elapsed=3600",
                "roomtoken.signalwire.defaults.join-audio-muted=true",
                "roomtoken.signalwire.defaults.join-video-muted=true",
                "roomtoken.signalwire.defaults.auto-create-room=false",
                "roomtoken.signalwire.defaults.enable-room-previews=true",
                "roomtoken.signalwire.defaults.room-display-name=Daily standup",
                "roomtoken.signalwire.defaults.end-room-session-on-leave=true",
                "roomtoken.signalwire.defaults.sync-audio-video=true",
                "roomtoken.signalwire.defaults.room-meta.topic=standup",
                "roomtoken.signalwire.defaults.meta.team=blue")).run((context) -> {
                    context.getBean(RoomTokenTemplate.class)
                        .createToken(RoomTokenRequest.forRoom("standup").displayName("alice").build());
                    provider.verify(postRequestedFor(urlEqualTo("/api/video/room_tokens"))
                        .withRequestBody(equalToJson("""
                                {"room_name":"standup","user_name":"alice",
                                 "permissions":["room.self.audio_mute","room.self.video_mute"],
                                 "join_as":"member","media_allowed":"video-only",
                                 "remove_after_seconds_elapsed":3600,"join_audio_muted":true,"join_video_muted":true,
                                 "auto_create_room":false,"enable_room_previews":true,
                                 "room_display_name":"Daily standup","end_room_session_on_leave":true,
                                 "sync_audio_video":true,"room_meta":{"topic":"standup"},"meta":{"team":"blue"}}""",
                                false, false)));
                });
    }

    @Test
    void audienceDefaultsSendNoPermissions() {
        this.contextRunner.withPropertyValues(signalWire("roomtoken.signalwire.defaults.join-as=audience",
                "roomtoken.signalwire.defaults.media-allowed=audio-only",
                "roomtoken.signalwire.defaults.permissions=room.self.audio_mute,room.self.video_mute"))
            .run((context) -> {
                context.getBean(RoomTokenTemplate.class).createToken(RoomTokenRequest.forRoom("standup").build());
                provider.verify(postRequestedFor(urlEqualTo("/api/video/room_tokens")).withRequestBody(equalToJson("""
                        {"room_name":"standup","permissions":[],"join_as":"audience","media_allowed":"audio-only"}""",
                        false, false)));
            });
    }

    @Test
    void aRequestsOwnOptionsOverrideTheDefaultsFieldByField() {
        this.contextRunner.withPropertyValues(signalWire("roomtoken.signalwire.defaults.join-audio-muted=true",
                "roomtoken.signalwire.defaults.auto-create-room=false",
                "roomtoken.signalwire.defaults.room-display-name=Daily standup")).run((context) -> {
                    SignalWireTokenOptions options = SignalWireTokenOptions.builder()
                        .joinAudioMuted(false)
                        .roomDisplayName("Retro")
                        .build();
                    context.getBean(RoomTokenTemplate.class)
                        .createToken(RoomTokenRequest.forRoom("standup").options(options).build());
                    provider.verify(postRequestedFor(urlEqualTo("/api/video/room_tokens"))
                        .withRequestBody(equalToJson("""
                                {"room_name":"standup","join_audio_muted":false,"auto_create_room":false,
                                 "room_display_name":"Retro"}""", false, false)));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = { "example", "example.signalwire.com", "EXAMPLE.signalwire.com" })
    void spaceNameOrHostGiveTheSpacesApi(String space) {
        this.contextRunner
            .withPropertyValues("roomtoken.signalwire.space=" + space, "roomtoken.signalwire.project-id=p",
                    "roomtoken.signalwire.api-token=t")
            .run((context) -> assertThat(context.getBean(ConfiguredProviders.class).configured().get("signalwire").settings())
                .asString()
                .startsWith("SignalWireSettings[baseUrl=https://example.signalwire.com, "));
    }

    @Test
    void baseUrlOverridesTheSpace() {
        this.contextRunner.withPropertyValues(signalWire("roomtoken.signalwire.space=example"))
            .run((context) -> assertThat(context.getBean(ConfiguredProviders.class).configured().get("signalwire").settings())
                .asString()
                .startsWith("SignalWireSettings[baseUrl=" + URI.create(provider.baseUrl()) + ", "));
    }

    @Test
    void plainHttpToAnotherHostIsAllowedWhenSaidSo() {
        this.contextRunner
            .withPropertyValues("roomtoken.signalwire.base-url=http://proxy.example.com",
                    "roomtoken.signalwire.project-id=p", "roomtoken.signalwire.api-token=t",
                    "roomtoken.http.allow-insecure=true")
            .run((context) -> assertThat(context).hasNotFailed().hasSingleBean(RoomTokenTemplate.class));
    }

    @Test
    void telnyxAloneGivesATelnyxTemplate() {
        this.contextRunner.withPropertyValues(telnyx()).run((context) -> {
            assertThat(context).hasSingleBean(RoomTokenTemplate.class).hasBean("telnyxRoomTokenTemplate");
            RoomToken token = context.getBean(RoomTokenTemplate.class).createToken(RoomTokenRequest.forRoom(ROOM_ID).build());
            assertThat(token.refreshToken()).isEqualTo("eyJ.refresh");
            provider.verify(postRequestedFor(urlEqualTo("/v2/rooms/" + ROOM_ID + "/actions/generate_join_client_token"))
                .withHeader("Authorization", equalTo("Bearer KEY-telnyx-77a"))
                .withRequestBody(equalToJson("{\"token_ttl_secs\":600,\"refresh_token_ttl_secs\":3600}")));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "telnyx", " Telnyx " })
    void namingTheOnlyConfiguredProviderGivesItsTemplateAlone(String named) {
        this.contextRunner.withPropertyValues(telnyx("roomtoken.provider=" + named)).run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(RoomTokenTemplate.class)
                .hasBean("telnyxRoomTokenTemplate").doesNotHaveBean("signalWireRoomTokenTemplate");
            assertThat(context.getBean(RoomTokenTemplate.class).provider()).isEqualTo("telnyx");
        });
        this.contextRunner.withPropertyValues(signalWire("roomtoken.provider=signalwire")).run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(RoomTokenTemplate.class)
                .hasBean("signalWireRoomTokenTemplate").doesNotHaveBean("telnyxRoomTokenTemplate");
        });
    }

    @Test
    void telnyxTtlsComeFromProperties() {
        this.contextRunner.withPropertyValues(telnyx("roomtoken.telnyx.token-ttl=15m",
                "roomtoken.telnyx.refresh-token-ttl=2h")).run((context) -> {
                    context.getBean(RoomTokenTemplate.class).createToken(RoomTokenRequest.forRoom(ROOM_ID).build());
                    provider.verify(postRequestedFor(urlPathMatching(".*/generate_join_client_token"))
                        .withRequestBody(equalToJson("{\"token_ttl_secs\":900,\"refresh_token_ttl_secs\":7200}")));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = { "signalwire", "telnyx", "TELNYX" })
    void bothProvidersGiveTwoTemplatesWithTheNamedOnePrimary(String named) {
        this.contextRunner.withPropertyValues(concat(signalWire(), telnyx("roomtoken.provider=" + named)))
            .run((context) -> {
                Map<String, RoomTokenTemplate> templates = context.getBeansOfType(RoomTokenTemplate.class);
                assertThat(templates).containsOnlyKeys("signalWireRoomTokenTemplate", "telnyxRoomTokenTemplate");
                assertThat(context.getBean(RoomTokenTemplate.class).provider()).isEqualTo(named.toLowerCase());
                assertThat(context.getBean("signalWireRoomTokenTemplate", RoomTokenTemplate.class).provider())
                    .isEqualTo(SignalWireTokenIssuer.PROVIDER);
            });
    }

    @Test
    void theApplicationsOwnRoomTokenTemplateBeanWins() {
        RoomTokenTemplate own = new RoomTokenTemplate(SignalWireTokenIssuer.builder()
            .space("mine").projectId("p").apiToken("t").build());
        this.contextRunner.withPropertyValues(signalWire())
            .withBean("myRoomTokens", RoomTokenTemplate.class, () -> own)
            .run((context) -> {
                assertThat(context).hasSingleBean(RoomTokenTemplate.class).doesNotHaveBean("signalWireRoomTokenTemplate");
                assertThat(context.getBean(RoomTokenTemplate.class)).isSameAs(own);
            });
    }

    @Test
    void theApplicationsOwnRoomTokenOperationsBeanWins() {
        RoomTokenOperations own = new RoomTokenTemplate(SignalWireTokenIssuer.builder()
            .space("mine").projectId("p").apiToken("t").build());
        this.contextRunner.withPropertyValues(concat(signalWire(), telnyx("roomtoken.provider=telnyx")))
            .withBean("myRoomTokens", RoomTokenOperations.class, () -> own)
            .run((context) -> {
                assertThat(context).hasSingleBean(RoomTokenOperations.class);
                assertThat(context.getBean(RoomTokenOperations.class)).isSameAs(own);
            });
    }
}
