package dev.roomtoken.livekit;

import java.time.Duration;

import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signing.DecodedJwt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The settings an issuer is built from, each missing or malformed one refused when it is built,
 * naming the builder method and the property it will come from.
 */
class LiveKitTokenIssuerBuilderTest {

    private static final String URL_RULE = "The LiveKit server URL (url, roomtoken.livekit.url) must be a wss:// or "
            + "ws:// URL such as wss://example.livekit.cloud, but ";

    @Test
    void aMissingApiKeyIsNamed() {
        assertThatIllegalStateException()
            .isThrownBy(() -> LiveKitTokenIssuer.builder().apiSecret(LiveKitFixtures.API_SECRET).url(LiveKitFixtures.URL).build())
            .withMessage("Set the LiveKit API key (apiKey, roomtoken.livekit.api-key)");
        assertThatIllegalStateException().isThrownBy(() -> LiveKitFixtures.issuerBuilder().apiKey(" ").build())
            .withMessage("Set the LiveKit API key (apiKey, roomtoken.livekit.api-key)");
    }

    @Test
    void aMissingApiSecretIsNamed() {
        assertThatIllegalStateException()
            .isThrownBy(() -> LiveKitTokenIssuer.builder().apiKey(LiveKitFixtures.API_KEY).url(LiveKitFixtures.URL).build())
            .withMessage("Set the LiveKit API secret (apiSecret, roomtoken.livekit.api-secret)");
        assertThatIllegalStateException().isThrownBy(() -> LiveKitFixtures.issuerBuilder().apiSecret("\t").build())
            .withMessage("Set the LiveKit API secret (apiSecret, roomtoken.livekit.api-secret)");
    }

    @Test
    void aMissingUrlIsNamed() {
        assertThatIllegalStateException()
            .isThrownBy(() -> LiveKitTokenIssuer.builder()
                .apiKey(LiveKitFixtures.API_KEY)
                .apiSecret(LiveKitFixtures.API_SECRET)
                .build())
            .withMessage("Set the LiveKit server URL (url, roomtoken.livekit.url), the wss:// address clients "
                    + "connect to");
    }

    @Test
    void aSecretShorterThanTheHashIsRefusedWithoutBeingRepeated() {
        String secret = "é".repeat(15) + "a";

        assertThatIllegalArgumentException().isThrownBy(() -> LiveKitFixtures.issuerBuilder().apiSecret(secret).build())
            .withMessage("The LiveKit API secret (apiSecret, roomtoken.livekit.api-secret) must be at least 32 bytes "
                    + "for HS256 (RFC 7518, section 3.2)");
    }

    @Test
    void aSecretOf32BytesSigns() {
        String secret = "é".repeat(16);
        String token = LiveKitFixtures.issuerBuilder()
            .apiSecret(secret)
            .build()
            .prepareCreate(RoomTokenRequest.forRoom("r").identity("u").build())
            .sign()
            .token();

        assertThat(DecodedJwt.of(token).isSignedWith(secret)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://room-token.livekit.cloud | its scheme must be wss or ws: https://room-token.livekit.cloud",
        "room-token.livekit.cloud | its scheme must be wss or ws: room-token.livekit.cloud",
        "wss:///path | it has no host: wss:///path",
        "wss://room token | it is not a URI: wss://room token",
        "wss://room-token.livekit.cloud?region=eu | it must have no query or fragment: wss://room-token.livekit.cloud?region=eu",
        "wss://room-token.livekit.cloud#x | it must have no query or fragment: wss://room-token.livekit.cloud#x" })
    void aUrlThatIsNotAWebSocketUrlIsRefused(String url, String why) {
        assertThatIllegalArgumentException().isThrownBy(() -> LiveKitFixtures.issuerBuilder().url(url).build())
            .withMessage(URL_RULE + why);
    }

    @Test
    void aUrlWithUserInfoIsRefusedWithoutBeingRepeated() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> LiveKitFixtures.issuerBuilder().url("wss://user:hunter2@room-token.livekit.cloud").build())
            .withMessage("The LiveKit server URL (url, roomtoken.livekit.url) must have no user info; clients "
                    + "authenticate with the token");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> LiveKitFixtures.issuerBuilder().url("wss://user:hun ter2@room-token.livekit.cloud").build())
            .withMessage(URL_RULE + "it is not a URI");
    }

    @ParameterizedTest
    @ValueSource(strings = { "wss://room-token.livekit.cloud", "ws://localhost:7880", "WSS://Room-Token.LiveKit.Cloud/",
            "wss://10.0.0.7:7880/rtc" })
    void aWebSocketUrlIsTheJoinDetailAsGiven(String url) {
        assertThat(LiveKitFixtures.issuerBuilder()
            .url(url)
            .build()
            .prepareCreate(RoomTokenRequest.forRoom("r").identity("u").build())
            .sign()
            .join()).containsExactly(java.util.Map.entry("serverUrl", url));
    }

    @Test
    void aDefaultTtlUnderASecondIsRefused() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> LiveKitTokenIssuer.builder().defaultTtl(Duration.ofMillis(999)))
            .withMessage("The LiveKit default ttl (defaultTtl) must be at least 1 second, was PT0.999S");
    }

    @Test
    void theDefaultTtlIsUsedWhenTheRequestHasNone() {
        String token = LiveKitFixtures.issuerBuilder()
            .defaultTtl(Duration.ofMinutes(2))
            .build()
            .prepareCreate(RoomTokenRequest.forRoom("r").identity("u").build())
            .sign()
            .token();

        assertThat(((Number) DecodedJwt.of(token).claims().get("exp")).longValue())
            .isEqualTo(LiveKitFixtures.NOW.getEpochSecond() + 120);
    }

    @Test
    void theIssuerAndItsBuilderPrintNoSecret() {
        LiveKitTokenIssuer.Builder builder = LiveKitFixtures.issuerBuilder();

        assertThat(builder.toString()).doesNotContain(LiveKitFixtures.API_SECRET)
            .isEqualTo("LiveKitTokenIssuer.Builder[apiKey=APIr00mT0ken42, apiSecret=******, "
                    + "url=wss://room-token.livekit.cloud]");
        assertThat(builder.build().toString()).doesNotContain(LiveKitFixtures.API_SECRET)
            .startsWith("LiveKitTokenIssuer[apiKey=APIr00mT0ken42, serverUrl=wss://room-token.livekit.cloud, "
                    + "defaultTtl=PT6H, defaults=LiveKitTokenOptions[");
        assertThat(builder.build().provider()).isEqualTo("livekit");
    }
}
