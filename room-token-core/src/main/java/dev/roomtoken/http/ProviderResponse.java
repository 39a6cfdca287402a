package dev.roomtoken.http;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A provider's answer to one exchange, read whole.
 *
 * @param statusCode the HTTP status code
 * @param headers the response headers
 * @param body the response body, empty when there was none
 * @param text the cleaning that the provider's own words go through before they reach a message
 *
 * @since 0.1.0
 */
public record ProviderResponse(int statusCode, HttpHeaders headers, byte[] body, ProviderText text) {

    /**
     * The provider's own words from this answer, safe for a message: secrets the call sent are
     * masked and the text is cut short (see {@link ProviderText}).
     * @param providerText a message, code or field name read from the answer
     * @return the cleaned text, {@code null} for {@code null}
     */
    public @Nullable String clean(@Nullable String providerText) {
        return this.text.clean(providerText);
    }

    /**
     * Whether the answer is a success. {@link JsonExchange} refuses every 2xx but the one the
     * provider documents, so a 2xx that reaches a provider client is that one.
     * @return {@code true} for a successful answer
     */
    public boolean isSuccessful() {
        return this.statusCode >= 200 && this.statusCode < 300;
    }

    /**
     * The status's reason phrase, for messages when the body says nothing useful.
     * @return for example {@code Service Unavailable}, or {@code HTTP 599} for an unknown status
     */
    public String reasonPhrase() {
        HttpStatus known = HttpStatus.resolve(this.statusCode);
        return (known != null) ? known.getReasonPhrase() : "HTTP " + this.statusCode;
    }

    /**
     * Describes a body that the provider's client could not read, without quoting it.
     * @param provider the provider's name, as the owner of the expected JSON
     * @return for example {@code with a body that is not signalwire's JSON (text/html, 42 bytes)}
     */
    public String describeUnreadableBody(String provider) {
        if (this.body.length == 0) {
            return "with an empty body";
        }
        String contentType = this.headers.getFirst(HttpHeaders.CONTENT_TYPE);
        return "with a body that is not " + provider + "'s JSON ("
                + ((contentType != null) ? contentType : "no content type") + ", " + this.body.length + " bytes)";
    }

    @Override
    public String toString() {
        return "ProviderResponse[statusCode=" + this.statusCode + ", body=" + this.body.length + " bytes]";
    }
}
