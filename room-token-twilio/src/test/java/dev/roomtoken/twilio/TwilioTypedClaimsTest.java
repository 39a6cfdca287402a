package dev.roomtoken.twilio;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signing.JsonWebSigner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static dev.roomtoken.twilio.TwilioFixtures.ACCOUNT_SID;
import static dev.roomtoken.twilio.TwilioFixtures.API_KEY_SECRET;
import static dev.roomtoken.twilio.TwilioFixtures.API_KEY_SID;
import static dev.roomtoken.twilio.TwilioFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claims Twilio's issuer writes field by field, with its header prepared once, make, byte for
 * byte, the token that core's {@link JsonWebSigner} makes of the same header and claims given as
 * maps in the same order.
 */
class TwilioTypedClaimsTest {

    private static final String HARD_TEXT = "quote\" back\\slash /slash \b\f\n\r\t \u0000\u001f \u007f \u0080 é € "
            + "\u2028 会議室 🎥 \ufeff";

    private final JsonWebSigner reference = JsonWebSigner.hs256(API_KEY_SECRET.getBytes(StandardCharsets.UTF_8));

    @Test
    void aTokenWithoutRegionIsTheReferenceSignersToken() {
        String ours = TwilioFixtures.issuer()
            .prepareCreate(RoomTokenRequest.forRoom("standup").identity("u-42").build())
            .sign()
            .token();

        assertThat(ours).isEqualTo(this.reference.sign(Map.of("cty", "twilio-fpa;v=1"),
                claims(3600, null, "u-42", "standup")));
    }

    @Test
    void aTokenWithRegionNotBeforeAndHardTextIsTheReferenceSignersToken() {
        String ours = TwilioFixtures.issuerBuilder()
            .region("ie1")
            .build()
            .prepareCreate(RoomTokenRequest.forRoom(HARD_TEXT)
                .identity("Zoë 🎥 \"x\"\n")
                .ttl(Duration.ofHours(24))
                .options(TwilioTokenOptions.notBefore(NOW.plusSeconds(30)))
                .build())
            .sign()
            .token();

        Map<String, Object> header = new LinkedHashMap<>();
        header.put("cty", "twilio-fpa;v=1");
        header.put("twr", "ie1");
        assertThat(ours).isEqualTo(this.reference.sign(header,
                claims(86_400, NOW.getEpochSecond() + 30, "Zoë 🎥 \"x\"\n", HARD_TEXT)));
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3, 4, 5, 6 })
    void everyPayloadLengthEncodesAsTheReferenceDoes(int identityLength) {
        String identity = "i".repeat(identityLength);
        String ours = TwilioFixtures.issuer()
            .prepareCreate(RoomTokenRequest.forRoom("r").identity(identity).build())
            .sign()
            .token();

        assertThat(ours).isEqualTo(this.reference.sign(Map.of("cty", "twilio-fpa;v=1"),
                claims(3600, null, identity, "r")));
    }

    private static Map<String, Object> claims(long ttlSeconds, Long notBefore, String identity, String room) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("jti", API_KEY_SID + "-" + NOW.getEpochSecond());
        claims.put("iss", API_KEY_SID);
        claims.put("sub", ACCOUNT_SID);
        claims.put("exp", NOW.getEpochSecond() + ttlSeconds);
        claims.put("nbf", notBefore);
        Map<String, Object> grants = new LinkedHashMap<>();
        grants.put("identity", identity);
        grants.put("video", Map.of("room", room));
        claims.put("grants", grants);
        return claims;
    }
}
