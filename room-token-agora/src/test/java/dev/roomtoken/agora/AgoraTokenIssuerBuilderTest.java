package dev.roomtoken.agora;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static dev.roomtoken.agora.AgoraFixtures.APP_CERTIFICATE;
import static dev.roomtoken.agora.AgoraFixtures.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What the builder refuses at start-up, naming the builder method and never printing the
 * certificate.
 */
class AgoraTokenIssuerBuilderTest {

    @Test
    void theAppIdIsRequired() {
        assertThatIllegalStateException().isThrownBy(() -> AgoraTokenIssuer.builder()
            .appCertificate(APP_CERTIFICATE)
            .build()).withMessage("Set the Agora app id (appId)");
        assertThatIllegalStateException().isThrownBy(() -> AgoraTokenIssuer.builder()
            .appId(" ")
            .appCertificate(APP_CERTIFICATE)
            .build()).withMessage("Set the Agora app id (appId)");
    }

    @Test
    void theAppIdMustBe32HexadecimalCharacters() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> AgoraTokenIssuer.builder().appId("my-app").appCertificate(APP_CERTIFICATE).build())
            .withMessage("appId must be the 32 hexadecimal characters of an Agora project's App ID (was 6 characters)");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> AgoraTokenIssuer.builder()
                .appId("g" + APP_ID.substring(1))
                .appCertificate(APP_CERTIFICATE)
                .build())
            .withMessage("appId must be the 32 hexadecimal characters of an Agora project's App ID"
                    + " (it has a character that is not hexadecimal)");
    }

    @Test
    void theAppCertificateIsRequired() {
        assertThatIllegalStateException().isThrownBy(() -> AgoraTokenIssuer.builder().appId(APP_ID).build())
            .withMessage("Set the Agora app certificate (appCertificate)");
    }

    @Test
    void theAppCertificateMustBe32HexadecimalCharactersAndIsNeverPrinted() {
        String wrong = APP_CERTIFICATE + "0";
        assertThatIllegalArgumentException()
            .isThrownBy(() -> AgoraTokenIssuer.builder().appId(APP_ID).appCertificate(wrong).build())
            .withMessage("appCertificate must be the 32 hexadecimal characters of an Agora project's primary or"
                    + " secondary certificate (was 33 characters)")
            .satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(APP_CERTIFICATE));
        String notHex = "z" + APP_CERTIFICATE.substring(1);
        assertThatIllegalArgumentException()
            .isThrownBy(() -> AgoraTokenIssuer.builder().appId(APP_ID).appCertificate(notHex).build())
            .withMessageEndingWith("(it has a character that is not hexadecimal)")
            .satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(notHex));
    }

    @Test
    void theTokenTtlMustBeWithinAgorasBounds() {
        assertThatIllegalArgumentException().isThrownBy(() -> AgoraTokenIssuer.builder()
            .appId(APP_ID)
            .appCertificate(APP_CERTIFICATE)
            .tokenTtl(Duration.ofHours(25))
            .build())
            .withMessage("tokenTtl must be a whole number of seconds from 1 to 86400 (Agora's 24 hour limit), was PT25H");
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertThatExceptionOfType(NullPointerException.class)
            .isThrownBy(() -> AgoraTokenIssuer.builder().tokenTtl(null));
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> AgoraTokenIssuer.builder().clock(null));
        assertThatExceptionOfType(NullPointerException.class)
            .isThrownBy(() -> AgoraTokenIssuer.builder().defaults(null));
    }

    @Test
    void theBuildersToStringMasksTheCertificate() {
        AgoraTokenIssuer.Builder builder = AgoraTokenIssuer.builder().appId(APP_ID).appCertificate(APP_CERTIFICATE);

        assertThat(builder).hasToString(
                "AgoraTokenIssuer.Builder[appId=" + APP_ID + ", appCertificate=******, tokenTtl=PT1H]");
        assertThat(builder.build().toString()).doesNotContain(APP_CERTIFICATE);
    }
}
