package dev.roomtoken.zoom.autoconfigure;

import java.time.Duration;
import java.util.EnumSet;
import java.util.function.Consumer;

import dev.roomtoken.autoconfigure.RoomTokenConfigurationException;
import dev.roomtoken.zoom.ZoomGeoRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The exact words of each start-up failure of Zoom's settings: the property, what is wrong, what
 * to set; never the SDK secret.
 */
class ZoomSettingsMessagesTest {

    private static final String SECRET = "SDK-secret-zoom-e9b27d";

    @Test
    void aMissingSdkKeyIsNamed() {
        RoomTokenConfigurationException ex = failure((zoom) -> zoom.setSdkKey(" "));

        assertThat(ex.property()).isEqualTo("roomtoken.zoom.sdk-key");
        assertThat(ex.getMessage()).isEqualTo("roomtoken.zoom.sdk-key is not set");
        assertThat(ex.action()).isEqualTo("Set roomtoken.zoom.sdk-key to the SDK key of a Video SDK app (Zoom App "
                + "Marketplace, the app's Video SDK credentials; not its API key and secret, which sign REST calls).");
    }

    @Test
    void aMissingSdkSecretIsNamed() {
        RoomTokenConfigurationException ex = failure((zoom) -> zoom.setSdkSecret(null));

        assertThat(ex.property()).isEqualTo("roomtoken.zoom.sdk-secret");
        assertThat(ex.getMessage()).isEqualTo("roomtoken.zoom.sdk-secret is not set");
        assertThat(ex.action()).isEqualTo("Set roomtoken.zoom.sdk-secret to the SDK secret of a Video SDK app (Zoom "
                + "App Marketplace, the app's Video SDK credentials; not its API key and secret, which sign REST "
                + "calls).");
    }

    @Test
    void anUnresolvedPlaceholderIsNamedWithoutTheRestOfTheValue() {
        RoomTokenConfigurationException ex = failure((zoom) -> zoom.setSdkSecret("x-${ZOOM_SDK_SECRET}"));

        assertThat(ex.getMessage())
            .isEqualTo("roomtoken.zoom.sdk-secret still holds the unresolved placeholder ${ZOOM_SDK_SECRET}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PT10M        | 600s
            PT1799S      | 1799s
            PT48H1S      | 172801s
            PT1800.5S    | 1800500ms
            PT-2H        | -7200s
            """)
    void aTokenTtlOutsideZoomsBoundsIsRefusedWithItsValue(Duration ttl, String shown) {
        RoomTokenConfigurationException ex = failure((zoom) -> zoom.setTokenTtl(ttl));

        assertThat(ex.property()).isEqualTo("roomtoken.zoom.token-ttl");
        assertThat(ex.getMessage()).isEqualTo("roomtoken.zoom.token-ttl is " + shown
                + ", not a whole number of seconds from 1800s to 172800s (Zoom's bounds on exp - iat)");
        assertThat(ex.action()).isEqualTo(
                "Set roomtoken.zoom.token-ttl to a whole number of seconds between 1800s and 172800s (30m to 48h).");
    }

    @ParameterizedTest
    @ValueSource(strings = { "PT30M", "PT2H", "PT48H" })
    void aTokenTtlWithinZoomsBoundsIsKept(Duration ttl) {
        ZoomProperties zoom = complete();
        zoom.setTokenTtl(ttl);

        assertThat(ZoomSettings.from(zoom).tokenTtl()).isEqualTo(ttl);
    }

    @Test
    void aDefaultSessionKeyTooLongIsNamed() {
        RoomTokenConfigurationException ex = failure((zoom) -> zoom.getDefaults().setSessionKey("k".repeat(37)));

        assertThat(ex.property()).isEqualTo("roomtoken.zoom.defaults.session-key");
        assertThat(ex.getMessage()).isEqualTo(
                "roomtoken.zoom.defaults.session-key must be at most 36 characters, Zoom's limit on session_key (was 37)");
        assertThat(ex.action()).isEqualTo("Fix roomtoken.zoom.defaults.session-key: it must be at most 36 characters, "
                + "Zoom's limit on session_key (was 37).");
    }

    @Test
    void noDefaultGeoRegionIsNamed() {
        RoomTokenConfigurationException ex = failure(
                (zoom) -> zoom.getDefaults().setGeoRegions(EnumSet.noneOf(ZoomGeoRegion.class)));

        assertThat(ex.getMessage())
            .isEqualTo("roomtoken.zoom.defaults.geo-regions must name at least one region when set");
    }

    @Test
    void aBlankDefaultTelemetryTrackingIdIsNamed() {
        RoomTokenConfigurationException ex = failure((zoom) -> zoom.getDefaults().setTelemetryTrackingId(" "));

        assertThat(ex.getMessage())
            .isEqualTo("roomtoken.zoom.defaults.telemetry-tracking-id must not be blank when set");
    }

    private static ZoomProperties complete() {
        ZoomProperties zoom = new ZoomProperties();
        zoom.setSdkKey("zoom-sdk-key-4f1c");
        zoom.setSdkSecret(SECRET);
        return zoom;
    }

    private static RoomTokenConfigurationException failure(Consumer<ZoomProperties> change) {
        ZoomProperties zoom = complete();
        change.accept(zoom);
        RoomTokenConfigurationException ex = catchThrowableOfType(RoomTokenConfigurationException.class,
                () -> ZoomSettings.from(zoom));
        assertThat(ex).as("a RoomTokenConfigurationException").isNotNull();
        assertThat(ex.getMessage() + ex.action()).doesNotContain(SECRET);
        return ex;
    }
}
