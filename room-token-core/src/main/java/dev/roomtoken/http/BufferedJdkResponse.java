package dev.roomtoken.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

/**
 * An answer of {@link BufferedJdkRequest}, already read whole.
 */
final class BufferedJdkResponse implements ClientHttpResponse {

    private final HttpResponse<byte[]> response;

    private final HttpHeaders headers = new HttpHeaders();

    BufferedJdkResponse(HttpResponse<byte[]> response) {
        this.response = response;
        response.headers().map().forEach(this.headers::addAll);
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatusCode.valueOf(this.response.statusCode());
    }

    @Override
    public String getStatusText() {
        HttpStatus status = HttpStatus.resolve(this.response.statusCode());
        return (status != null) ? status.getReasonPhrase() : "";
    }

    @Override
    public HttpHeaders getHeaders() {
        return this.headers;
    }

    @Override
    public InputStream getBody() {
        byte[] body = this.response.body();
        return new ByteArrayInputStream((body != null) ? body : new byte[0]);
    }

    @Override
    public void close() {
    }
}
