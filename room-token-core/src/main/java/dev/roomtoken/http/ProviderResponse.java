package dev.roomtoken.http;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A provider's answer to one exchange, read whole.
 *
 * @param statusCode the HTTP status code
 * @param headers the response headers
 * @param body the response body, empty when there was none
 */
public record ProviderResponse(int statusCode, HttpHeaders headers, byte[] body) {

    /**
     * Whether the status is 2xx.
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
