package dev.roomtoken.signalwire;

import java.time.Duration;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.Issuance;
import dev.roomtoken.RoomTokenOptions;
import dev.roomtoken.RoomTokenRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.roomtoken.signalwire.SignalWireTestServer.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * SignalWire's own request rules, checked by {@code prepareCreate} before anything is sent:
 * after every test the server has seen no request at all.
 */
class SignalWireTokenIssuerValidationTest {

    @RegisterExtension
    final SignalWireTestServer signalWire = new SignalWireTestServer();

    private final SignalWireTokenIssuer client = this.signalWire.client();

    @AfterEach
    void nothingWasSent() {
        this.signalWire.verifyNothingSent();
    }

    @ParameterizedTest
    @ValueSource(strings = { "a-Z_0", "standup", "STANDUP_2026-11-23", "0", "-", "_" })
    void aRoomNameOfLettersDigitsDashesAndUnderscoresIsAccepted(String room) {
        assertThat(prepare(RoomTokenRequest.forRoom(room))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "stand up", "standup.1", "café", "会议", "a/b", "room\n", "room!", "ｒｏｏｍ" })
    void aRoomNameWithAnyOtherCharacterIsRejected(String room) {
        assertInvalid(RoomTokenRequest.forRoom(room), "room", "must match ^[A-Za-z0-9_-]+$");
    }

    @Test
    void aRoomNameOf100CharactersIsAccepted() {
        assertThat(prepare(RoomTokenRequest.forRoom("r".repeat(100)))).isNotNull();
    }

    @Test
    void aRoomNameOf101CharactersIsRejected() {
        assertInvalid(RoomTokenRequest.forRoom("r".repeat(101)), "room", "must be at most 100 characters");
    }

    @Test
    void aUserNameOf100CharactersIsAccepted() {
        assertThat(prepare(RoomTokenRequest.forRoom("r").displayName("u".repeat(100)))).isNotNull();
    }

    @Test
    void aUserNameOf101CharactersIsRejected() {
        assertInvalid(RoomTokenRequest.forRoom("r").displayName("u".repeat(101)), "displayName",
                "must be at most 100 characters");
    }

    @Test
    void aJoinFromAfterTheJoinUntilThatTheTtlGivesIsRejected() {
        SignalWireTokenOptions options = SignalWireTokenOptions.builder()
            .joinFrom(NOW.plus(Duration.ofMinutes(30)).plusSeconds(1))
            .build();

        assertInvalid(RoomTokenRequest.forRoom("r").ttl(Duration.ofMinutes(30)).options(options), "joinFrom",
                "must not be after joinUntil");
    }

    @Test
    void aJoinFromEqualToTheJoinUntilThatTheTtlGivesIsAccepted() {
        SignalWireTokenOptions options = SignalWireTokenOptions.builder()
            .joinFrom(NOW.plus(Duration.ofMinutes(30)))
            .build();

        assertThat(prepare(RoomTokenRequest.forRoom("r").ttl(Duration.ofMinutes(30)).options(options))).isNotNull();
    }

    @Test
    void aJoinFromFromTheDefaultsIsCheckedAgainstTheTtlToo() {
        SignalWireTokenIssuer withDefaults = this.signalWire.clientBuilder()
            .defaults(SignalWireTokenOptions.builder().joinFrom("2026-11-24").build())
            .build();

        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> withDefaults.prepareCreate(RoomTokenRequest.forRoom("r").ttl(Duration.ofHours(1)).build()))
            .satisfies((ex) -> assertThat(ex.field()).isEqualTo("joinFrom"));
    }

    @Test
    void aTtlBeyondTheLastInstantIsRejectedAsAnInvalidTtl() {
        assertInvalid(RoomTokenRequest.forRoom("r").ttl(Duration.ofSeconds(Long.MAX_VALUE)), "ttl", "too long");
    }

    @Test
    void anotherProvidersOptionsAreAnIllegalArgument() {
        RoomTokenRequest request = RoomTokenRequest.forRoom("r").options(new OtherProviderOptions()).build();

        assertThatIllegalArgumentException().isThrownBy(() -> this.client.prepareCreate(request))
            .withMessage("OtherProviderOptions cannot be used with SignalWire; use SignalWireTokenOptions");
    }

    @Test
    void optionsOfAnUnknownTypeAreAnIllegalArgument() {
        RoomTokenRequest request = RoomTokenRequest.forRoom("r").options(new CustomOptions()).build();

        assertThatIllegalArgumentException().isThrownBy(() -> this.client.prepareCreate(request))
            .withMessageContaining("CustomOptions cannot be used with SignalWire");
    }

    /** Options a user made up, which no provider knows. */
    private static final class CustomOptions implements RoomTokenOptions {
    }

    private Issuance.Exchange prepare(RoomTokenRequest.Builder request) {
        return this.client.prepareCreate(request.build());
    }

    private void assertInvalid(RoomTokenRequest.Builder request, String field, String rule) {
        RoomTokenRequest built = request.build();
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.client.prepareCreate(built))
            .satisfies((ex) -> {
                assertThat(ex.field()).isEqualTo(field);
                assertThat(ex.rule()).contains(rule);
                assertThat(ex.getMessage()).isEqualTo(field + " " + ex.rule());
                assertThat(ex.isRetryable()).isFalse();
                SignalWireTestServer.assertNoSecretIn(ex);
            });
    }

    /** Another provider's options. */
    record OtherProviderOptions() implements RoomTokenOptions {
    }
}
