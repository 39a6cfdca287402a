package dev.roomtoken.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.AbstractBufferingClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A request factory that answers every request from memory with the providers' answers of
 * {@link LocalProviderServer}, without a socket: what remains of a call is the client's own CPU
 * work, which a loopback round trip on a shared two-core machine would drown in noise.
 */
final class InMemoryProviderTransport implements ClientHttpRequestFactory {

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) {
        return new AbstractBufferingClientHttpRequest() {

            @Override
            public HttpMethod getMethod() {
                return httpMethod;
            }

            @Override
            public URI getURI() {
                return uri;
            }

            @Override
            protected ClientHttpResponse executeInternal(HttpHeaders headers, byte[] body) {
                boolean telnyx = uri.getPath().startsWith("/v2/");
                return new Answer(telnyx ? 201 : 200,
                        telnyx ? LocalProviderServer.TELNYX_ANSWER : LocalProviderServer.SIGNALWIRE_ANSWER);
            }
        };
    }

    private static final class Answer implements ClientHttpResponse {

        private final int status;

        private final byte[] body;

        private final HttpHeaders headers = new HttpHeaders();

        Answer(int status, byte[] body) {
            this.status = status;
            this.body = body;
            this.headers.setContentType(MediaType.APPLICATION_JSON);
            this.headers.setContentLength(body.length);
        }

        @Override
        public HttpStatusCode getStatusCode() {
            return HttpStatusCode.valueOf(this.status);
        }

        @Override
        public String getStatusText() {
            return "";
        }

        @Override
        public HttpHeaders getHeaders() {
            return this.headers;
        }

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(this.body);
        }

        @Override
        public void close() {
        }
    }
}
