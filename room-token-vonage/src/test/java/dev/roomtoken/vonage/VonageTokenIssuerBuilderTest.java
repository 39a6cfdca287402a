package dev.roomtoken.vonage;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static dev.roomtoken.vonage.VonageFixtures.APPLICATION_ID;
import static dev.roomtoken.vonage.VonageFixtures.pem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What the builder refuses at start-up, naming the builder method and never printing the key.
 */
class VonageTokenIssuerBuilderTest {

    private static final String KEY = pem("pkcs8.pem");

    /** A line of the key's base64 body: no message may carry any part of the key. */
    private static final String KEY_LINE = KEY.lines().skip(5).findFirst().orElseThrow();

    @Test
    void theApplicationIdIsRequired() {
        assertThatIllegalStateException().isThrownBy(() -> VonageTokenIssuer.builder().privateKey(KEY).build())
            .withMessage("Set the Vonage application id (applicationId)");
    }

    @Test
    void theApplicationIdMustBeAUuid() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> VonageTokenIssuer.builder().applicationId("my-app").privateKey(KEY).build())
            .withMessage("applicationId must be a Vonage application's UUID, such as"
                    + " 9f3d6c1e-5b2a-4c7d-8e9f-0a1b2c3d4e5f (was 6 characters)");
    }

    @Test
    void thePrivateKeyIsRequired() {
        assertThatIllegalStateException()
            .isThrownBy(() -> VonageTokenIssuer.builder().applicationId(APPLICATION_ID).build())
            .withMessage("Set the Vonage application's private key (privateKey)");
        assertThatIllegalStateException()
            .isThrownBy(() -> VonageTokenIssuer.builder().applicationId(APPLICATION_ID).privateKey(" \n").build())
            .withMessage("Set the Vonage application's private key (privateKey)");
    }

    @Test
    void textThatIsNoPemIsRefused() {
        assertKeyRefused(KEY.replace("-----END PRIVATE KEY-----", ""),
                "privateKey must be PEM text: no -----BEGIN ...----- and matching -----END ...----- lines were found");
        assertKeyRefused(KEY.replace("-----", ""),
                "privateKey must be PEM text: no -----BEGIN ...----- and matching -----END ...----- lines were found");
    }

    @Test
    void anEncryptedKeyIsRefused() {
        assertKeyRefused(pem("encrypted-pkcs8.pem"),
                "privateKey must not be encrypted: give the key decrypted, as Vonage issues it");
    }

    @Test
    void aPublicKeyIsRefused() {
        assertKeyRefused(pem("public.pem"),
                "privateKey must be an RSA private key (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY), not a PUBLIC KEY");
    }

    @Test
    void anEcKeyIsRefused() {
        assertKeyRefused(pem("ec-pkcs8.pem"),
                "privateKey must hold an RSA private key: its PRIVATE KEY block does not parse as one");
    }

    @Test
    void aDamagedKeyIsRefused() {
        assertKeyRefused(KEY.replace(KEY_LINE, KEY_LINE.substring(8)),
                "privateKey must hold an RSA private key: its PRIVATE KEY block does not parse as one");
        assertKeyRefused(pem("pkcs1.pem").replace("-----BEGIN RSA PRIVATE KEY-----\n", "-----BEGIN RSA PRIVATE KEY-----\nAAAA"),
                "privateKey must hold an RSA private key: its RSA PRIVATE KEY block does not parse as one");
    }

    @Test
    void lineBreaksWrittenAsBackslashNAreNamed() {
        assertKeyRefused(KEY.replace("\n", "\\n"), "privateKey must hold base64 between its BEGIN and END lines"
                + " (were its line breaks written as \\n?)");
    }

    @Test
    void aKeyShorterThan2048BitsIsRefused() {
        assertKeyRefused(pem("short-pkcs8.pem"),
                "privateKey must be an RSA key of at least 2048 bits (RS256's minimum), this one has 1024");
    }

    @Test
    void thePkcs1FormIsRead() {
        assertThat(VonageTokenIssuer.builder().applicationId(APPLICATION_ID).privateKey(pem("pkcs1.pem")).build())
            .isNotNull();
    }

    @Test
    void theTokenTtlMustBeWithinVonagesBounds() {
        assertThatIllegalArgumentException().isThrownBy(() -> VonageTokenIssuer.builder()
            .applicationId(APPLICATION_ID)
            .privateKey(KEY)
            .tokenTtl(Duration.ofDays(31))
            .build())
            .withMessage("tokenTtl must be a whole number of seconds from 1 to 2592000 (Vonage's 30 days), was PT744H");
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertThatExceptionOfType(NullPointerException.class)
            .isThrownBy(() -> VonageTokenIssuer.builder().privateKey((String) null));
        assertThatExceptionOfType(NullPointerException.class)
            .isThrownBy(() -> VonageTokenIssuer.builder().privateKey((java.security.interfaces.RSAPrivateKey) null));
        assertThatExceptionOfType(NullPointerException.class)
            .isThrownBy(() -> VonageTokenIssuer.builder().tokenTtl(null));
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> VonageTokenIssuer.builder().clock(null));
    }

    @Test
    void theBuildersToStringMasksTheKey() {
        VonageTokenIssuer.Builder builder = VonageTokenIssuer.builder().applicationId(APPLICATION_ID);
        assertThat(builder).hasToString(
                "VonageTokenIssuer.Builder[applicationId=" + APPLICATION_ID + ", baseUrl=https://video.api.vonage.com, privateKey=null, tokenTtl=PT24H]");

        builder.privateKey(KEY);

        assertThat(builder).hasToString(
                "VonageTokenIssuer.Builder[applicationId=" + APPLICATION_ID + ", baseUrl=https://video.api.vonage.com, privateKey=******, tokenTtl=PT24H]");
        assertThat(builder.build().toString()).doesNotContain(KEY_LINE);
    }

    private static void assertKeyRefused(String pem, String message) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> VonageTokenIssuer.builder().applicationId(APPLICATION_ID).privateKey(pem).build())
            .withMessage(message)
            .withNoCause()
            .satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(KEY_LINE.substring(0, 16)));
    }
}
