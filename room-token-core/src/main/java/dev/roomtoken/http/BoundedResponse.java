package dev.roomtoken.http;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

/**
 * An answer of {@link BoundedRequestFactory}: its body is a {@link BoundedBody}, and closing it
 * before the body was read to its end aborts the connection instead of draining the rest, which
 * from an endless answer would never finish.
 */
final class BoundedResponse implements ClientHttpResponse {

    private final ClientHttpResponse response;

    private final BoundedBody body;

    BoundedResponse(ClientHttpResponse response, BoundedBody body) {
        this.response = response;
        this.body = body;
    }

    @Override
    public HttpStatusCode getStatusCode() throws IOException {
        return this.response.getStatusCode();
    }

    @Override
    public String getStatusText() throws IOException {
        return this.response.getStatusText();
    }

    @Override
    public HttpHeaders getHeaders() {
        return this.response.getHeaders();
    }

    @Override
    public InputStream getBody() {
        return this.body;
    }

    @Override
    public void close() {
        if (this.body.finished()) {
            this.response.close();
        }
        else {
            BoundedBody.abort(this.response);
        }
    }
}
