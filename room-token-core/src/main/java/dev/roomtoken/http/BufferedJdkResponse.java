package dev.roomtoken.http;

import java.io.InputStream;
import java.net.http.HttpResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.CollectionUtils;

/**
 * An answer of {@link BufferedJdkRequest}, already read whole.
 */
final class BufferedJdkResponse implements ClientHttpResponse {

    private final HttpResponse<byte[]> response;

    private final HttpHeaders headers;

    BufferedJdkResponse(HttpResponse<byte[]> response) {
        this.response = response;
        // a read-only view: the JDK's header map is already case-insensitive, so nothing is copied
        this.headers = new HttpHeaders(CollectionUtils.toMultiValueMap(response.headers().map()));
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
        return new WholeBody((body != null) ? body : new byte[0]);
    }

    @Override
    public void close() {
    }
}
