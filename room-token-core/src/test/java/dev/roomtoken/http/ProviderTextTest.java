package dev.roomtoken.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is left of a provider's text once it is made safe for a message: every secret the call
 * sent masked whole, nothing else touched, and at most 500 characters kept, never half a
 * character.
 */
class ProviderTextTest {

    @Test
    void everySecretIsMasked() {
        ProviderText text = ProviderText.masking("KEY-telnyx-77a", "PT-token-91c2");

        assertThat(text.clean("sent KEY-telnyx-77a and PT-token-91c2, then KEY-telnyx-77a again"))
            .isEqualTo("sent ****** and ******, then ****** again");
    }

    @Test
    void aSecretContainingAnotherIsMaskedWholeWhicheverIsGivenFirst() {
        String encoded = "cHJvamVjdDpQVC10b2tlbg==";
        String token = "cHJvamVj";

        assertThat(ProviderText.masking(token, encoded).clean("Basic " + encoded)).isEqualTo("Basic ******");
        assertThat(ProviderText.masking(encoded, token).clean("Basic " + encoded)).isEqualTo("Basic ******");
    }

    @Test
    void valuesTooShortToBeSecretsAndNullsAreNotMasked() {
        ProviderText text = ProviderText.masking("abc", null, "abcd");

        assertThat(text.clean("abc abcd ab")).isEqualTo("abc ****** ab");
        assertThat(text).hasToString("ProviderText[masking 1 secrets]");
    }

    @Test
    void andMasksMoreWithoutChangingTheOriginal() {
        ProviderText forEveryCall = ProviderText.masking("KEY-telnyx-77a");

        ProviderText forThisCall = forEveryCall.and("eyJ.refresh.token", null, "KEY-telnyx-77a");

        assertThat(forThisCall.clean("KEY-telnyx-77a eyJ.refresh.token")).isEqualTo("****** ******");
        assertThat(forEveryCall.clean("KEY-telnyx-77a eyJ.refresh.token")).isEqualTo("****** eyJ.refresh.token");
        assertThat(forThisCall).hasToString("ProviderText[masking 2 secrets]");
    }

    @Test
    void toStringNamesNoSecret() {
        assertThat(ProviderText.masking("KEY-telnyx-77a").toString()).doesNotContain("KEY-telnyx-77a");
    }

    @Test
    void nothingIsNothing() {
        assertThat(ProviderText.masking("KEY-telnyx-77a").clean(null)).isNull();
    }

    @Test
    void textUpToTheLimitIsKeptWhole() {
        String limit = "x".repeat(ProviderText.MAX_LENGTH);

        assertThat(ProviderText.masking().clean(limit)).isEqualTo(limit);
        assertThat(ProviderText.MAX_LENGTH).isEqualTo(500);
    }

    @Test
    void longerTextIsCutAtTheLimitAndSaysHowMuchMoreThereWas() {
        String text = "x".repeat(ProviderText.MAX_LENGTH) + "yz";

        assertThat(ProviderText.masking().clean(text)).isEqualTo("x".repeat(500) + "… (2 more characters)");
    }

    @Test
    void theCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String text = "x".repeat(ProviderText.MAX_LENGTH - 1) + "\uD83D\uDE00" + "tail";

        String cleaned = ProviderText.masking().clean(text);

        assertThat(cleaned).isEqualTo("x".repeat(499) + "… (6 more characters)");
    }

    @Test
    void theLimitCountsWhatIsLeftAfterMasking() {
        String secret = "S".repeat(600);

        assertThat(ProviderText.masking(secret).clean("key " + secret)).isEqualTo("key ******");
    }
}
