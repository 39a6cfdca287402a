package dev.roomtoken.vonage.emulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.RoomTokenUnavailableException;
import dev.roomtoken.test.EmulatorFault;
import dev.roomtoken.test.RecordedRequest;
import dev.roomtoken.test.RoomTokenEmulator;
import dev.roomtoken.vonage.VonageArchiveMode;
import dev.roomtoken.vonage.VonageMediaMode;
import dev.roomtoken.vonage.VonageSession;
import dev.roomtoken.vonage.VonageSessionOptions;
import dev.roomtoken.vonage.VonageSessions;
import dev.roomtoken.vonage.VonageTokenIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.retry.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Vonage's client against the Video API's session creation on the emulator: a session whose id a
 * token is then minted for, the application JWT checked with the public key, Vonage's rules on the
 * parameters, and a queued fault answered in Vonage's error shape.
 */
class VonageOnTheEmulatorTest {

    private final RoomTokenEmulator emulator = RoomTokenEmulator.builder().start();

    @AfterEach
    void stop() {
        this.emulator.close();
    }

    @Test
    void aSessionCreatedOnTheEmulatorIsARoomToMintTokensFor() {
        RoomTokenTemplate roomTokens = template(this.emulator.setting("roomtoken.vonage.private-key"));

        VonageSession session = new VonageSessions(roomTokens).createSession(VonageSessionOptions.builder()
            .mediaMode(VonageMediaMode.ROUTED)
            .archiveMode(VonageArchiveMode.ALWAYS)
            .location("12.34.56.78")
            .build());
        RoomToken token = roomTokens.createToken(RoomTokenRequest.forRoom(session.sessionId()).build());

        assertThat(session.sessionId()).startsWith("2_");
        assertThat(token.join()).containsEntry("sessionId", session.sessionId());
        assertThat(this.emulator.journal()).extracting(RecordedRequest::provider, RecordedRequest::path)
            .containsExactly(tuple("vonage", "/session/create"));
        assertThat(this.emulator.journal().get(0).body())
            .isEqualTo("location=12.34.56.78&p2p.preference=disabled&archiveMode=always");
    }

    @Test
    void twoSessionsAreTwoRooms() {
        VonageSessions sessions = new VonageSessions(template(this.emulator.setting("roomtoken.vonage.private-key")));

        assertThat(sessions.createSession().sessionId()).isNotEqualTo(sessions.createSession().sessionId());
    }

    @Test
    void aJwtSignedWithAnotherKeyIsRefusedInVonagesErrorShape() throws Exception {
        String otherKey = newPkcs8Pem();

        assertThatExceptionOfType(RoomTokenProviderException.class)
            .isThrownBy(() -> new VonageSessions(template(otherKey)).createSession())
            .satisfies((ex) -> {
                assertThat(ex.statusCode()).isEqualTo(403);
                assertThat(ex.errorCode()).isEqualTo("403");
                assertThat(ex.providerMessage()).contains("not signed with the application's private key");
            });
    }

    @Test
    void aQueuedFaultIsAnsweredAsVonageAnswers() {
        this.emulator.enqueue(EmulatorFault.status(503), 5);

        assertThatExceptionOfType(RoomTokenUnavailableException.class)
            .isThrownBy(() -> new VonageSessions(template(this.emulator.setting("roomtoken.vonage.private-key")))
                .createSession())
            .satisfies((ex) -> assertThat(ex.getMessage()).contains("503"));
    }

    @Test
    void aFixedKeyIsTheOneTheEmulatorVerifiesWith() throws Exception {
        String fixed = newPkcs8Pem();
        try (RoomTokenEmulator fixedKey = RoomTokenEmulator.builder()
            .setting("roomtoken.vonage.private-key", fixed)
            .start()) {
            VonageSessions sessions = new VonageSessions(new RoomTokenTemplate(VonageTokenIssuer.builder()
                .applicationId(fixedKey.setting("roomtoken.vonage.application-id"))
                .privateKey(fixed)
                .baseUrl(URI.create(fixedKey.setting("roomtoken.vonage.base-url")))
                .build()));

            assertThat(sessions.createSession().sessionId()).startsWith("2_");
            assertThat(new String(Base64.getUrlDecoder().decode(sessions.createSession().sessionId().substring(2)),
                    StandardCharsets.UTF_8)).contains(fixedKey.setting("roomtoken.vonage.application-id"));
        }
    }

    @Test
    void aFixedKeyThatIsNotPkcs8StopsTheEmulatorNamingTheSetting() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RoomTokenEmulator.builder()
                .setting("roomtoken.vonage.private-key", "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----")
                .start())
            .withMessageContaining("roomtoken.vonage.private-key")
            .withMessageNotContaining("AAAA");
    }

    private static String newPkcs8Pem() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private RoomTokenTemplate template(String privateKey) {
        return RoomTokenTemplate.builder(VonageTokenIssuer.builder()
            .applicationId(this.emulator.setting("roomtoken.vonage.application-id"))
            .privateKey(privateKey)
            .baseUrl(URI.create(this.emulator.setting("roomtoken.vonage.base-url")))
            .build()).retryPolicy(RetryPolicy.withMaxRetries(1)).build();
    }
}
