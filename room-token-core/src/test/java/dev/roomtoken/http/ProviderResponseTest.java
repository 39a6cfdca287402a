package dev.roomtoken.http;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a provider client reads off an answer besides its body: whether it is a success, the
 * reason phrase for any status, and how an unreadable body is described without quoting it.
 */
class ProviderResponseTest {

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({ "199, false", "200, true", "201, true", "299, true", "300, false", "404, false", "503, false" })
    void onlyA2xxIsASuccess(int status, boolean successful) {
        assertThat(response(status, new HttpHeaders(), "").isSuccessful()).isEqualTo(successful);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({ "503, Service Unavailable", "429, Too Many Requests", "599, HTTP 599", "299, HTTP 299" })
    void theReasonPhraseIsHttpsOrTheNumber(int status, String phrase) {
        assertThat(response(status, new HttpHeaders(), "").reasonPhrase()).isEqualTo(phrase);
    }

    @Test
    void anEmptyBodyIsSaidToBeEmpty() {
        assertThat(response(502, new HttpHeaders(), "").describeUnreadableBody("telnyx"))
            .isEqualTo("with an empty body");
    }

    @Test
    void aBodyIsDescribedByItsContentTypeAndSize() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, "text/html");

        assertThat(response(502, headers, "<html>é</html>").describeUnreadableBody("telnyx"))
            .isEqualTo("with a body that is not telnyx's JSON (text/html, 15 bytes)");
    }

    @Test
    void aBodyWithoutAContentTypeSaysSo() {
        assertThat(response(502, new HttpHeaders(), "oops").describeUnreadableBody("signalwire"))
            .isEqualTo("with a body that is not signalwire's JSON (no content type, 4 bytes)");
    }

    @Test
    void cleanGoesThroughTheCallsMasking() {
        ProviderResponse response = new ProviderResponse(401, new HttpHeaders(), new byte[0],
                ProviderText.masking("KEY-telnyx-77a"));

        assertThat(response.clean("Bearer KEY-telnyx-77a")).isEqualTo("Bearer ******");
        assertThat(response.clean(null)).isNull();
    }

    @Test
    void toStringShowsTheStatusAndSizeNeverTheBody() {
        assertThat(response(401, new HttpHeaders(), "secret-ish"))
            .hasToString("ProviderResponse[statusCode=401, body=10 bytes]");
    }

    private static ProviderResponse response(int status, HttpHeaders headers, String body) {
        return new ProviderResponse(status, headers, body.getBytes(StandardCharsets.UTF_8), ProviderText.masking());
    }
}
