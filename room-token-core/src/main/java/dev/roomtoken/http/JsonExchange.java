package dev.roomtoken.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;

import dev.roomtoken.RoomTokenUnavailableException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends one JSON request to a provider and reads its whole answer, whatever its status. A failure
 * to reach the provider becomes a {@link RoomTokenUnavailableException}; the answer's status is
 * left to the provider's client to judge.
 */
public final class JsonExchange {

    private static final Consumer<HttpHeaders> NO_HEADERS = (headers) -> {
    };

    private final String provider;

    private final RestClient restClient;

    /**
     * Creates an exchange for one provider.
     * @param provider the provider's name, for error messages
     * @param restClient the client, with the provider's base URL
     */
    public JsonExchange(String provider, RestClient restClient) {
        this.provider = provider;
        this.restClient = restClient;
    }

    /**
     * POSTs a JSON body.
     * @param uriTemplate the path below the base URL, as a URI template
     * @param body the serialized JSON body
     * @param uriVariables values for the template's variables
     * @return the answer
     * @throws RoomTokenUnavailableException if the provider could not be reached or the answer
     * could not be read
     */
    public ProviderResponse post(String uriTemplate, byte[] body, Object... uriVariables) {
        return post(uriTemplate, body, NO_HEADERS, uriVariables);
    }

    /**
     * POSTs a JSON body with headers of this request only.
     * @param uriTemplate the path below the base URL, as a URI template
     * @param body the serialized JSON body
     * @param headers adds headers to this request
     * @param uriVariables values for the template's variables
     * @return the answer
     * @throws RoomTokenUnavailableException if the provider could not be reached or the answer
     * could not be read
     */
    public ProviderResponse post(String uriTemplate, byte[] body, Consumer<HttpHeaders> headers,
            Object... uriVariables) {
        try {
            return this.restClient.post()
                .uri(uriTemplate, uriVariables)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .contentLength(body.length)
                .headers(headers)
                // written as they are: an application's converters (a JSON one ahead of the
                // byte array one) would otherwise re-encode the bytes, as a Base64 JSON string
                .body(writing(body))
                .exchange((request, response) -> new ProviderResponse(response.getStatusCode().value(),
                        response.getHeaders(), response.getBody().readAllBytes()), true);
        }
        catch (ResourceAccessException ex) {
            Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
            throw new RoomTokenUnavailableException(this.provider,
                    this.provider + " could not be reached: " + describe(cause), cause);
        }
    }

    private static StreamingHttpOutputMessage.Body writing(byte[] body) {
        return new StreamingHttpOutputMessage.Body() {

            @Override
            public void writeTo(OutputStream output) throws IOException {
                output.write(body);
            }

            @Override
            public boolean repeatable() {
                return true;
            }
        };
    }

    private static String describe(Throwable failure) {
        String kind = failure.getClass().getSimpleName();
        String message = failure.getMessage();
        if (failure instanceof IOException && message != null && !message.isBlank()) {
            return kind + ": " + message;
        }
        return kind;
    }
}
