package dev.roomtoken.vonage;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.roomtoken.vonage.VonageFixtures.SESSION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every rule a Vonage request is checked against, each refused before anything is signed with the
 * field and the rule named exactly.
 */
class VonageValidationTest {

    private static final String SESSION_RULE = "must be a Vonage Video session id, such as"
            + " 2_MX4xMDBfjE0Mzc2NzY1NDgwMTJ-TjMzfn4: a digit, an underscore, then base64 text"
            + " (create one with the Video API's POST /session/create)";

    private final AtomicInteger signings = new AtomicInteger();

    private final VonageTokenIssuer issuer = VonageFixtures.issuer(this.signings).build();

    @AfterEach
    void nothingWasSigned() {
        assertThat(this.signings).hasValue(0);
    }

    @Test
    void aRoomThatIsNoSessionIdIsRefused() {
        for (String room : new String[] { "standup", "9f3d6c1e-5b2a-4c7d-8e9f-0a1b2c3d4e5f", "2_", "_MX4xMDB",
                "2_MX4x MDB", "2_MX4x\nMDB", "12_MX4xMDB", "2_MX4xMDB~", "2_MX4x%MDB" }) {
            assertRefused(RoomTokenRequest.forRoom(room), "room", SESSION_RULE);
        }
    }

    @Test
    void sessionIdsOfEveryDocumentedShapeAreTaken() {
        for (String room : new String[] { SESSION_ID, "1_MX4xMjM0NTY3OH5-VHVlIE5vdiAyMiAxMjowMDowMCBQU1QgMjAxMn4wLjF-",
                "1_MX40NzY0NjQ0MX5-MTY3NTE3MTkzNjcyN35ZQlB5NmRzZ2tMdHE1R1hGVHFTT3dPaE1-fn4",
                "2_MX4yNzA4NjYxMn5-MTU0NzA1ODQ2MzEzMX5OM0ZqRTVHUDF3Vkx0ZHgrVW1DNWlzb0F-fg" }) {
            assertThat(this.issuer.prepareCreate(RoomTokenRequest.forRoom(room).build())).as(room).isNotNull();
        }
    }

    @Test
    void aTtlOutOfVonagesBoundsIsRefused() {
        String rule = "must be a whole number of seconds from 1 to 2592000 (Vonage's 30 days), was ";
        assertRefused(RoomTokenRequest.forRoom(SESSION_ID).ttl(Duration.ofMillis(999)), "ttl", rule + "PT0.999S");
        assertRefused(RoomTokenRequest.forRoom(SESSION_ID).ttl(Duration.ofMillis(1500)), "ttl", rule + "PT1.5S");
        assertRefused(RoomTokenRequest.forRoom(SESSION_ID).ttl(Duration.ofDays(30).plusSeconds(1)), "ttl",
                rule + "PT720H1S");
    }

    @Test
    void connectionDataOfMoreThan1000CharactersIsRefused() {
        assertOptionRefused(() -> VonageTokenOptions.builder().connectionData("x".repeat(1001)).build(),
                "connectionData", "must be at most 1000 characters (Vonage's limit), was 1001");
        assertOptionRefused(() -> VonageTokenOptions.builder().connectionData("😀".repeat(501)).build(),
                "connectionData", "must be at most 1000 characters (Vonage's limit), was 1002");
    }

    @Test
    void aLayoutClassThatIsEmptyOrHasWhitespaceIsRefused() {
        String rule = "must hold non-empty class names without whitespace, such as focus or full:"
                + " they are sent separated by spaces";
        for (List<String> classes : List.of(List.of(""), List.of("focus", "full screen"), List.of("tab\tbed"),
                Arrays.asList("focus", null))) {
            assertOptionRefused(() -> new VonageTokenOptions(null, null, classes), "initialLayoutClassList", rule);
        }
    }

    private void assertRefused(RoomTokenRequest.Builder request, String field, String rule) {
        RoomTokenRequest built = request.build();
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.issuer.prepareCreate(built))
            .satisfies((ex) -> {
                assertThat(ex.field()).isEqualTo(field);
                assertThat(ex.rule()).isEqualTo(rule);
                assertThat(ex.getMessage()).isEqualTo(field + " " + rule);
            });
    }

    private static void assertOptionRefused(java.util.function.Supplier<VonageTokenOptions> options, String field,
            String rule) {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class).isThrownBy(options::get)
            .satisfies((ex) -> {
                assertThat(ex.field()).isEqualTo(field);
                assertThat(ex.rule()).isEqualTo(rule);
            });
    }
}
