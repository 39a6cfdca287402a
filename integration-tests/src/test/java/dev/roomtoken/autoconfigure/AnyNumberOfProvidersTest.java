package dev.roomtoken.autoconfigure;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.signalwire.autoconfigure.SignalWireAutoConfiguration;
import dev.roomtoken.telnyx.autoconfigure.TelnyxAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a third provider registered the way a provider module registers itself
 * ({@link FakeVideoProvider}), the shared auto-configuration defines a template for each configured
 * provider, named after it, picks the primary, and names every provider in its failure analysis.
 */
class AnyNumberOfProvidersTest {

    private static final String[] ALL_THREE = { "roomtoken.signalwire.space=example",
            "roomtoken.signalwire.project-id=p", "roomtoken.signalwire.api-token=t", "roomtoken.telnyx.api-key=k",
            "roomtoken.fakevideo.key=0123456789" };

    /** The class path with one more provider module on it: only its spring.factories registration. */
    private static final ClassLoader WITH_FAKE_VIDEO = new URLClassLoader(
            new URL[] { AnyNumberOfProvidersTest.class.getResource("/fakevideo/") },
            AnyNumberOfProvidersTest.class.getClassLoader());

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withClassLoader(WITH_FAKE_VIDEO)
        .withConfiguration(AutoConfigurations.of(RoomTokenAutoConfiguration.class, SignalWireAutoConfiguration.class,
                TelnyxAutoConfiguration.class));

    @Test
    void eachConfiguredProviderHasATemplateNamedAfterItAndTheNamedOneIsPrimary() {
        this.contextRunner.withPropertyValues(ALL_THREE).withPropertyValues("roomtoken.provider=fakevideo")
            .run((context) -> {
                assertThat(context.getBeansOfType(RoomTokenTemplate.class)).containsOnlyKeys(
                        "signalWireRoomTokenTemplate", "telnyxRoomTokenTemplate", "fakevideoRoomTokenTemplate");
                RoomToken token = context.getBean(RoomTokenTemplate.class)
                    .createToken(RoomTokenRequest.forRoom("standup").build());
                assertThat(token.provider()).isEqualTo("fakevideo");
                assertThat(token.token()).isEqualTo("signed-with-10-chars");
                assertThat(token.join()).containsEntry("sessionName", "standup");
            });
    }

    @Test
    void aProviderConfiguredAloneIsPrimaryByItself() {
        this.contextRunner.withPropertyValues("roomtoken.fakevideo.key=0123456789")
            .run((context) -> assertThat(context.getBean(RoomTokenTemplate.class).provider()).isEqualTo("fakevideo"));
    }

    @Test
    void severalConfiguredAndNoneNamedStopsStartUpNamingThemAll() {
        this.contextRunner.withPropertyValues(ALL_THREE).run((context) -> {
            assertThat(context).hasFailed();
            RoomTokenConfigurationException failure = failure(context.getStartupFailure());
            assertThat(failure).hasMessage("roomtoken.provider is not set, but Fake Video, SignalWire and Telnyx are configured");
            assertThat(failure.action())
                .isEqualTo("Set roomtoken.provider to fakevideo, signalwire or telnyx to choose the provider that "
                        + "the primary RoomTokenTemplate talks to; all templates stay available by name.");
        });
    }

    @Test
    void anUnknownProviderNameListsEveryRegisteredProvider() {
        this.contextRunner.withPropertyValues("roomtoken.provider=zoomish").run((context) -> {
            assertThat(context).hasFailed();
            RoomTokenConfigurationException failure = failure(context.getStartupFailure());
            assertThat(failure).hasMessage("roomtoken.provider names an unknown provider: 'zoomish'");
            assertThat(failure.action()).isEqualTo("Set roomtoken.provider to agora, daily, fakevideo, livekit, "
                    + "signalwire, telnyx, twilio, vonage or zoom, or leave it out when only one provider is "
                    + "configured.");
        });
    }

    @Test
    void everyProvidersSecretIsMaskedInActuatorOutput() {
        List<String> secrets = RoomTokenProviders.load(WITH_FAKE_VIDEO).secretProperties();

        assertThat(secrets).containsExactly("roomtoken.agora.app-certificate", "roomtoken.daily.api-key",
                "roomtoken.fakevideo.key", "roomtoken.livekit.api-secret", "roomtoken.signalwire.api-token",
                "roomtoken.telnyx.api-key", "roomtoken.twilio.api-key-secret", "roomtoken.vonage.private-key",
                "roomtoken.zoom.sdk-secret");
        assertThat(RoomTokenCredentialsSanitizing.isCredential("ROOMTOKEN_FAKEVIDEO_KEY", secrets)).isTrue();
        assertThat(RoomTokenCredentialsSanitizing.isCredential("roomtoken.telnyx.apiKey", secrets)).isTrue();
        assertThat(RoomTokenCredentialsSanitizing.isCredential("roomtoken.signalwire.project-id", secrets)).isFalse();
    }

    private static RoomTokenConfigurationException failure(Throwable startupFailure) {
        for (Throwable cause = startupFailure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RoomTokenConfigurationException failure) {
                return failure;
            }
        }
        throw new AssertionError("No RoomTokenConfigurationException in " + startupFailure);
    }
}
