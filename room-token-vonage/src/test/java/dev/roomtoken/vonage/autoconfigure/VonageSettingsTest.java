package dev.roomtoken.vonage.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import org.junit.jupiter.api.Test;

import static dev.roomtoken.vonage.autoconfigure.VonageAutoConfigurationContractTest.APPLICATION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Vonage Video's private key: PEM text or a resource location, as Spring Boot's PEM properties
 * take it; a key that does not parse or a location that does not exist is named without showing
 * the key; settings print no key.
 */
class VonageSettingsTest {

    @Test
    void thePemTextItselfAndALocationGiveTheSameKey() throws IOException {
        String pem = resource("keys/pkcs8.pem");
        VonageProperties inline = properties(pem);
        VonageProperties located = properties("classpath:keys/pkcs8.pem");

        assertThat(VonageSettings.from(inline, false).privateKeyPem().strip()).isEqualTo(pem.strip());
        assertThat(VonageSettings.from(located, false).privateKeyPem().strip()).isEqualTo(pem.strip());
    }

    @Test
    void aKeyThatIsNotAPrivateRsaKeyIsNamedWithoutShowingIt() throws IOException {
        String publicKey = resource("keys/public.pem");

        assertThatExceptionOfType(RoomTokenConfigurationException.class)
            .isThrownBy(() -> VonageSettings.from(properties(publicKey), false))
            .satisfies((ex) -> {
                assertThat(ex.property()).isEqualTo("roomtoken.vonage.private-key");
                assertThat(ex.getMessage() + ex.action()).doesNotContain("MII").doesNotContain("BEGIN PUBLIC");
            });
    }

    @Test
    void aLocationThatDoesNotExistIsNamedWithWhatToSet() {
        assertThatExceptionOfType(RoomTokenConfigurationException.class)
            .isThrownBy(() -> VonageSettings.from(properties("file:/no/such/vonage.key"), false))
            .satisfies((ex) -> {
                assertThat(ex.getMessage())
                    .isEqualTo("roomtoken.vonage.private-key is neither PEM text nor a resource that exists");
                assertThat(ex.getMessage()).doesNotContain("/no/such");
            });
    }

    @Test
    void propertiesAndSettingsNeverShowTheKey() throws IOException {
        String pem = resource("keys/pkcs8.pem");

        assertThat(properties(pem).toString()).contains("privateKey=******").doesNotContain("PRIVATE KEY");
        assertThat(VonageSettings.from(properties(pem), false)).hasToString(
                "VonageSettings[applicationId=" + APPLICATION_ID + ", privateKey=******, tokenTtl=PT24H, baseUrl=https://video.api.vonage.com]");
    }

    private static VonageProperties properties(String privateKey) {
        VonageProperties properties = new VonageProperties();
        properties.setApplicationId(APPLICATION_ID);
        properties.setPrivateKey(privateKey);
        return properties;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = VonageSettingsTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
