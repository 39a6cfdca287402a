package dev.roomtoken.twilio;

import java.time.Duration;

import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signing.DecodedJwt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.roomtoken.twilio.TwilioFixtures.API_KEY_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The settings an issuer is built from, each missing or malformed one refused when it is built,
 * naming the builder method and the property it will come from, and never repeating a value that
 * could be a secret set in the wrong place.
 */
class TwilioTokenIssuerBuilderTest {

    @Test
    void aMissingSettingIsNamed() {
        assertThatIllegalStateException().isThrownBy(() -> TwilioFixtures.issuerBuilder().accountSid(" ").build())
            .withMessage("Set the Twilio account SID (accountSid, roomtoken.twilio.account-sid)");
        assertThatIllegalStateException().isThrownBy(() -> TwilioTokenIssuer.builder()
            .accountSid(TwilioFixtures.ACCOUNT_SID)
            .apiKeySecret(API_KEY_SECRET)
            .build()).withMessage("Set the Twilio API key SID (apiKeySid, roomtoken.twilio.api-key-sid)");
        assertThatIllegalStateException().isThrownBy(() -> TwilioFixtures.issuerBuilder().apiKeySecret("").build())
            .withMessage("Set the Twilio API key secret (apiKeySecret, roomtoken.twilio.api-key-secret)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SK0123456789abcdef0123456789abcdef | does not start with AC",
        "ac0123456789abcdef0123456789abcdef | does not start with AC",
        "AC0123456789abcdef0123456789abcde | is not followed by 32 hexadecimal digits",
        "AC0123456789abcdef0123456789abcdefa | is not followed by 32 hexadecimal digits",
        "AC0123456789abcdef0123456789abcdeg | is not followed by 32 hexadecimal digits" })
    void aMalformedAccountSidIsRefusedWithoutBeingRepeated(String accountSid, String why) {
        assertThatIllegalArgumentException().isThrownBy(() -> TwilioFixtures.issuerBuilder().accountSid(accountSid).build())
            .withMessage("The Twilio account SID (accountSid, roomtoken.twilio.account-sid) must be AC followed by 32 "
                    + "hexadecimal digits, but the value given " + why)
            .satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(accountSid));
    }

    @Test
    void aMalformedApiKeySidIsRefusedWithoutBeingRepeated() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> TwilioFixtures.issuerBuilder().apiKeySid(API_KEY_SECRET).build())
            .withMessage("The Twilio API key SID (apiKeySid, roomtoken.twilio.api-key-sid) must be SK followed by 32 "
                    + "hexadecimal digits, but the value given does not start with SK");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> TwilioFixtures.issuerBuilder().apiKeySid("SK" + "z".repeat(32)).build())
            .withMessageEndingWith("but the value given is not followed by 32 hexadecimal digits");
    }

    @Test
    void aSecretShorterThanTheHashIsRefusedWithoutBeingRepeated() {
        String secret = API_KEY_SECRET.substring(1);

        assertThatIllegalArgumentException().isThrownBy(() -> TwilioFixtures.issuerBuilder().apiKeySecret(secret).build())
            .withMessage("The Twilio API key secret (apiKeySecret, roomtoken.twilio.api-key-secret) must be at least "
                    + "32 bytes for HS256 (RFC 7518, section 3.2); Twilio's secrets are 32 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = { "IE1", "ireland", "ie", "1e1", "ie1 " })
    void aRegionThatIsNotARegionIdIsRefusedWithoutBeingRepeated(String region) {
        assertThatIllegalArgumentException().isThrownBy(() -> TwilioFixtures.issuerBuilder().region(region).build())
            .withMessage("The Twilio region (region, roomtoken.twilio.region) must be a region id such as us1, ie1 "
                    + "or au1: two lower-case letters and a number");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " " })
    void aBlankRegionWritesNoTwr(String region) {
        String token = TwilioFixtures.issuerBuilder()
            .region(region)
            .build()
            .prepareCreate(RoomTokenRequest.forRoom("r").identity("u").build())
            .sign()
            .token();

        assertThat(DecodedJwt.of(token).header()).doesNotContainKey("twr");
    }

    @Test
    void theDefaultTtlIsBoundedAndUsedWhenTheRequestHasNone() {
        assertThatIllegalArgumentException().isThrownBy(() -> TwilioTokenIssuer.builder().defaultTtl(Duration.ofMillis(999)))
            .withMessage("The Twilio default ttl (defaultTtl) must be from 1 second to 24 hours, was PT0.999S");
        assertThatIllegalArgumentException().isThrownBy(() -> TwilioTokenIssuer.builder().defaultTtl(Duration.ofHours(25)))
            .withMessage("The Twilio default ttl (defaultTtl) must be from 1 second to 24 hours, was PT25H");

        String token = TwilioFixtures.issuerBuilder()
            .defaultTtl(Duration.ofHours(24))
            .build()
            .prepareCreate(RoomTokenRequest.forRoom("r").identity("u").build())
            .sign()
            .token();
        assertThat(((Number) DecodedJwt.of(token).claims().get("exp")).longValue())
            .isEqualTo(TwilioFixtures.NOW.getEpochSecond() + 86_400);
    }

    @Test
    void theIssuerAndItsBuilderPrintNoSecret() {
        TwilioTokenIssuer.Builder builder = TwilioFixtures.issuerBuilder().region("ie1");

        assertThat(builder).hasToString("TwilioTokenIssuer.Builder[accountSid=AC0123456789abcdef0123456789abcdef, "
                + "apiKeySid=SKfedcba9876543210fedcba9876543210, apiKeySecret=******, region=ie1]");
        assertThat(builder.build()).hasToString("TwilioTokenIssuer[accountSid=AC0123456789abcdef0123456789abcdef, "
                + "apiKeySid=SKfedcba9876543210fedcba9876543210, region=ie1, defaultTtl=PT1H]");
        assertThat(builder.build().provider()).isEqualTo("twilio");
    }
}
