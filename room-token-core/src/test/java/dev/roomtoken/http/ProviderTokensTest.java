package dev.roomtoken.http;

import dev.roomtoken.RoomTokenProviderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The alphabet of a token: every character base64, base64url and a JWT use, first and last of
 * each range included, and the characters beside each range (but '/', which is in it) refused, with
 * where.
 */
class ProviderTokensTest {

    private static final ProviderResponse ANSWER = new ProviderResponse(200, new HttpHeaders(), new byte[0],
            ProviderText.masking());

    @Test
    void everyCharacterOfTheTokenAlphabetIsAccepted() {
        String all = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.+/=~";

        assertThat(ProviderTokens.check(ANSWER, "signalwire", "token", all)).isEqualTo(all);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "@", "[", "`", "{", ":", " ", ",", "*", "é", "\u0000" })
    void aCharacterJustOutsideTheAlphabetIsRefusedWithItsIndex(String outside) {
        assertThatExceptionOfType(RoomTokenProviderException.class)
            .isThrownBy(() -> ProviderTokens.check(ANSWER, "signalwire", "token", "eyJ" + outside))
            .satisfies((ex) -> assertThat(ex.isRetryable()).isFalse())
            .withMessage("signalwire answered HTTP 200: the answer is not a token response: 'token' has a character "
                    + "no token has (at index 3)");
    }

    @Test
    void anOptionalTokenThatIsAbsentIsNoneAndOneThatIsThereIsChecked() {
        assertThat(ProviderTokens.checkOptional(ANSWER, "telnyx", "data.refresh_token", null)).isNull();
        assertThat(ProviderTokens.checkOptional(ANSWER, "telnyx", "data.refresh_token", "eyJ.r")).isEqualTo("eyJ.r");
        assertThatExceptionOfType(RoomTokenProviderException.class)
            .isThrownBy(() -> ProviderTokens.checkOptional(ANSWER, "telnyx", "data.refresh_token", 7))
            .withMessage("telnyx answered HTTP 200: the answer is not a token response: 'data.refresh_token' is not a "
                    + "string");
    }

    @Test
    void anEmptyTokenIsRefused() {
        assertThatExceptionOfType(RoomTokenProviderException.class)
            .isThrownBy(() -> ProviderTokens.check(ANSWER, "telnyx", "data.token", ""))
            .withMessage("telnyx answered HTTP 200: the answer is not a token response: 'data.token' is empty");
    }

    @Test
    void aTokenUpToTheLongestIsAcceptedAndOneCharacterMoreRefused() {
        String longest = "e".repeat(ProviderTokens.MAX_LENGTH);

        assertThat(ProviderTokens.check(ANSWER, "telnyx", "data.token", longest)).isEqualTo(longest);
        assertThatExceptionOfType(RoomTokenProviderException.class)
            .isThrownBy(() -> ProviderTokens.check(ANSWER, "telnyx", "data.token", longest + "e"))
            .withMessage("telnyx answered HTTP 200: the answer is not a token response: 'data.token' is longer than "
                    + "16384 characters");
    }

    @Test
    void aMissingTokenIsSaidToBeMissing() {
        assertThatExceptionOfType(RoomTokenProviderException.class)
            .isThrownBy(() -> ProviderTokens.check(ANSWER, "telnyx", "data.token", null))
            .withMessage("telnyx answered HTTP 200: the answer is not a token response: 'data.token' is missing");
    }
}
