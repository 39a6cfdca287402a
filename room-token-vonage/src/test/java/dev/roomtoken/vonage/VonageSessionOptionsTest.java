package dev.roomtoken.vonage;

import dev.roomtoken.InvalidRoomTokenRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Vonage's rules for a session, checked when the options are built, each failure naming the option.
 */
class VonageSessionOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = { "0.0.0.0", "12.34.56.78", "255.255.255.255", "192.168.1.10" })
    void anIpv4AddressIsALocation(String location) {
        assertThat(VonageSessionOptions.builder().location(location).build().location()).isEqualTo(location);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "example.com", "::1",
            " 1.2.3.4", "1.2.3.4\n" })
    void anythingElseIsNot(String location) {
        InvalidRoomTokenRequestException ex = catchThrowableOfType(InvalidRoomTokenRequestException.class,
                () -> VonageSessionOptions.builder().location(location).build());

        assertThat(ex.field()).isEqualTo("location");
        assertThat(ex.getMessage()).contains("IPv4 address");
    }

    @Test
    void alwaysArchivingNeedsTheMediaRouter() {
        for (VonageMediaMode mode : new VonageMediaMode[] { null, VonageMediaMode.RELAYED }) {
            InvalidRoomTokenRequestException ex = catchThrowableOfType(InvalidRoomTokenRequestException.class,
                    () -> VonageSessionOptions.builder().mediaMode(mode).archiveMode(VonageArchiveMode.ALWAYS).build());
            assertThat(ex.field()).isEqualTo("archiveMode");
        }
        assertThat(VonageSessionOptions.builder()
            .mediaMode(VonageMediaMode.ROUTED)
            .archiveMode(VonageArchiveMode.ALWAYS)
            .build()
            .archiveMode()).isEqualTo(VonageArchiveMode.ALWAYS);
    }

    @Test
    void endToEndEncryptionNeedsTheMediaRouterAndNoAutomaticArchive() {
        assertThat(catchThrowableOfType(InvalidRoomTokenRequestException.class,
                () -> VonageSessionOptions.builder().endToEndEncryption(true).build()).field())
            .isEqualTo("endToEndEncryption");
        assertThat(catchThrowableOfType(InvalidRoomTokenRequestException.class,
                () -> VonageSessionOptions.builder()
                    .mediaMode(VonageMediaMode.ROUTED)
                    .archiveMode(VonageArchiveMode.ALWAYS)
                    .endToEndEncryption(true)
                    .build())
            .getMessage()).contains("archiveMode ALWAYS");
        assertThat(VonageSessionOptions.builder().endToEndEncryption(false).build().endToEndEncryption()).isFalse();
        assertThat(VonageSessionOptions.builder()
            .mediaMode(VonageMediaMode.ROUTED)
            .endToEndEncryption(true)
            .build()
            .endToEndEncryption()).isTrue();
    }

    @Test
    void noOptionsSendNothing() {
        assertThat(VonageSessionCreation.formBody(VonageSessionOptions.none())).isEmpty();
        assertThat(VonageSessionOptions.builder().build()).isEqualTo(VonageSessionOptions.none());
    }
}
