package dev.roomtoken.signing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The hand-written claims JSON is, byte for byte, what Jackson writes of the same values, escapes
 * included, and reads back as what was written.
 */
class JsonClaimsWriterTest {

    private static final JsonMapper JACKSON = JsonMapper.builder().build();

    private static final String HARD_TEXT = "quote\" back\\slash /slash <tag> \b\f\n\r\t \u0000\u0001\u001f \u007f "
            + "\u0080\u009f é ß € \u2028\u2029 会議室 🎥👩🏽‍💻 \ufeff\uffff";

    @Test
    void stringsAreEscapedAsJacksonEscapesThem() {
        for (String value : List.of(HARD_TEXT, "", "x", "plain ascii", "\"", "\\")) {
            byte[] ours = new JsonClaimsWriter(1).string(value).toByteArray();
            assertThat(ours).as(value).isEqualTo(JACKSON.writeValueAsBytes(value));
        }
    }

    @Test
    void claimsOfEveryValueTypeAreWhatJacksonWritesLeavingOutNulls() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("room", HARD_TEXT);
        nested.put("roomJoin", true);
        nested.put("none", null);
        nested.put("sources", List.of("camera", "microphone"));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "key");
        claims.put("absent", null);
        claims.put("exp", 1_700_000_000L);
        claims.put("count", 7);
        claims.put("ratio", 0.25);
        claims.put("price", new BigDecimal("12.50"));
        claims.put("off", false);
        claims.put("video", nested);
        claims.put("empty", Map.of());
        claims.put("list", List.of());

        byte[] ours = new JsonClaimsWriter(8).claims(claims).toByteArray();

        Map<String, Object> present = new LinkedHashMap<>(claims);
        present.remove("absent");
        assertThat(new String(ours, StandardCharsets.UTF_8))
            .isEqualTo(new String(JACKSON.writeValueAsBytes(present), StandardCharsets.UTF_8));
        Map<?, ?> readBack = JACKSON.readValue(ours, Map.class);
        assertThat(readBack.get("iss")).isEqualTo("key");
        assertThat(readBack.containsKey("absent")).isFalse();
    }

    @Test
    void aLoneSurrogateIsWrittenAsItsEscapeAndReadsBack() {
        String lone = "a\ud800b\udc00c";
        JsonClaimsWriter json = new JsonClaimsWriter(1).string(lone);

        assertThat(new String(json.toByteArray(), StandardCharsets.US_ASCII)).isEqualTo("\"a\\uD800b\\uDC00c\"");
        assertThat(JACKSON.readValue(json.toByteArray(), String.class)).isEqualTo(lone);
    }

    @Test
    void aWriterGrowsForAnyMixOfEscapesAndWideCharacters() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append((char) (i % 32)).append("🎥").append('"').append('会').append('\ud800');
        }
        List<String> values = new ArrayList<>(List.of(text.toString(), "", "x", HARD_TEXT));

        for (String value : values) {
            JsonClaimsWriter json = new JsonClaimsWriter(1).string(value);
            assertThat(JACKSON.readValue(json.toByteArray(), String.class)).isEqualTo(value);
            assertThat(json.length()).isEqualTo(json.toByteArray().length);
            assertThat(Arrays.copyOf(json.buffer(), json.length())).isEqualTo(json.toByteArray());
        }
    }

    @Test
    void refusesValuesThatAreNoJson() {
        assertThatIllegalArgumentException().isThrownBy(() -> new JsonClaimsWriter(8).value(new Object()))
            .withMessage("Not a claim value: java.lang.Object");
        assertThatIllegalArgumentException().isThrownBy(() -> new JsonClaimsWriter(8).value(Double.NaN))
            .withMessage("Not a finite number: NaN");
    }
}
