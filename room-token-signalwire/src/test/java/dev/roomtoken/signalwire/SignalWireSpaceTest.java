package dev.roomtoken.signalwire;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A space's name or host gives its API's base URL.
 */
class SignalWireSpaceTest {

    @ParameterizedTest
    @ValueSource(strings = { "example", "EXAMPLE", "example.signalwire.com", " example.SignalWire.com " })
    void nameOrHostGiveTheSpacesApi(String space) {
        assertThat(SignalWireSpace.baseUrl(space)).isEqualTo(URI.create("https://example.signalwire.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "bad space", "http://x", "http://example.signalwire.com", "example.com",
            "-example", "a_b", "example.signalwire.com.evil.io" })
    void anythingElseIsRejected(String space) {
        assertThatIllegalArgumentException().isThrownBy(() -> SignalWireSpace.baseUrl(space))
            .withMessageContaining("is not a SignalWire space");
    }
}
