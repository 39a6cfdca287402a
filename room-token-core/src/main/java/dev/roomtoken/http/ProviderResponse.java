package dev.roomtoken.http;

import org.springframework.http.HttpHeaders;

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

    @Override
    public String toString() {
        return "ProviderResponse[statusCode=" + this.statusCode + ", body=" + this.body.length + " bytes]";
    }
}
