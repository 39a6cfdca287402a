package dev.roomtoken.autoconfigure;

import java.net.URI;
import java.util.List;
import java.util.Map;

import dev.roomtoken.RoomTokenTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact words of the start-up failures whose wording carries the information (which bounds,
 * which value, masked how), the base URLs that count as loopback for plain {@code http://} (a
 * host name of hex digits only, such as {@code deadbeef}, looks like an IPv6 literal but is not one), and
 * what the settings' {@code toString()} shows.
 */
class ConfigurationMessagesTest {

    private static final String SIGNALWIRE_CREDENTIALS = "roomtoken.signalwire.project-id=p,"
            + "roomtoken.signalwire.api-token=PT-token-91c2";

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RoomTokenAutoConfiguration.class));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            roomtoken.telnyx.token-ttl=2h           | roomtoken.telnyx.token-ttl | Set roomtoken.telnyx.token-ttl between 10s and 3600s (Telnyx's bounds).
            roomtoken.telnyx.token-ttl=5s           | roomtoken.telnyx.token-ttl | Set roomtoken.telnyx.token-ttl between 10s and 3600s (Telnyx's bounds).
            roomtoken.telnyx.refresh-token-ttl=30s  | roomtoken.telnyx.refresh-token-ttl | Set roomtoken.telnyx.refresh-token-ttl between 60s and 86400s (Telnyx's bounds).
            roomtoken.telnyx.refresh-token-ttl=2d   | roomtoken.telnyx.refresh-token-ttl | Set roomtoken.telnyx.refresh-token-ttl between 60s and 86400s (Telnyx's bounds).
            """)
    void aTelnyxTtlOutOfBoundsNamesItsOwnBounds(String setting, String property, String action) {
        this.contextRunner.withPropertyValues("roomtoken.telnyx.api-key=k", setting).run((context) -> {
            RoomTokenConfigurationException ex = failure(context.getStartupFailure());
            assertThat(ex.property()).isEqualTo(property);
            assertThat(ex.action()).isEqualTo(action);
        });
    }

    @Test
    void aBaseUrlsUserInfoIsMaskedInTheMessage() {
        this.contextRunner
            .withPropertyValues((SIGNALWIRE_CREDENTIALS + ",roomtoken.signalwire.base-url="
                    + "https://p:PT-secret@example.signalwire.com/api").split(","))
            .run((context) -> {
                RoomTokenConfigurationException ex = failure(context.getStartupFailure());
                assertThat(ex.property()).isEqualTo("roomtoken.signalwire.base-url");
                assertThat(ex.getMessage()).isEqualTo("roomtoken.signalwire.base-url carries user info: "
                        + "'https://******@example.signalwire.com/api'");
            });
    }

    @Test
    void aMalformedBaseUrlWithUserInfoIsMaskedToo() {
        this.contextRunner.withPropertyValues("roomtoken.telnyx.api-key=k",
                "roomtoken.telnyx.base-url=ftp://user:KEY-secret@api.telnyx.com/v2")
            .run((context) -> assertThat(failure(context.getStartupFailure()).getMessage())
                .isEqualTo("roomtoken.telnyx.base-url is not an absolute http(s) URL: "
                        + "'ftp://******@api.telnyx.com/v2'"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "http://127.0.0.1:8089/api", "http://127.1.2.3/api", "http://[::1]:8089/api",
            "http://LOCALHOST:8089/api" })
    void plainHttpToLoopbackIsAccepted(String baseUrl) {
        this.contextRunner
            .withPropertyValues((SIGNALWIRE_CREDENTIALS + ",roomtoken.signalwire.base-url=" + baseUrl).split(","))
            .run((context) -> assertThat(context).hasNotFailed().hasSingleBean(RoomTokenTemplate.class));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "http://10.0.0.7/api", "http://[fe80::1]/api", "http://proxy.internal/api",
            "http://127.0.0.1.example/api", "http://deadbeef/api" })
    void plainHttpAnywhereElseIsRefusedNamingTheHost(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        this.contextRunner
            .withPropertyValues((SIGNALWIRE_CREDENTIALS + ",roomtoken.signalwire.base-url=" + baseUrl).split(","))
            .run((context) -> assertThat(failure(context.getStartupFailure()).getMessage())
                .isEqualTo("roomtoken.signalwire.base-url would send credentials over plain http:// to " + host));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            -1s     | roomtoken.http.read-timeout is not positive (-1s)
            -1500ms | roomtoken.http.read-timeout is not positive (-1500ms)
            -1500us | roomtoken.http.read-timeout is not positive (PT-0.0015S)
            0ms     | roomtoken.http.read-timeout is not positive (0s)
            """)
    void aDurationIsShownInTheUnitItIsWholeIn(String value, String message) {
        this.contextRunner.withPropertyValues("roomtoken.telnyx.api-key=k", "roomtoken.http.read-timeout=" + value)
            .run((context) -> assertThat(failure(context.getStartupFailure()).getMessage()).isEqualTo(message));
    }

    private static RoomTokenConfigurationException failure(Throwable startupFailure) {
        Throwable cause = startupFailure;
        while (cause != null && !(cause instanceof RoomTokenConfigurationException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("a RoomTokenConfigurationException in " + startupFailure).isNotNull();
        return (RoomTokenConfigurationException) cause;
    }
}
