package dev.roomtoken.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenUnavailableException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends one JSON request to a provider and reads its whole answer, the part of every REST call
 * that is the same for all providers. A failure to reach the provider becomes a
 * {@link RoomTokenUnavailableException}; an answer the client will not use whatever the provider
 * meant (a redirect, which is never followed so the credentials stay with the configured origin;
 * an answer over the size limit; a success status the provider does not document) becomes a
 * {@link RoomTokenProviderException} that is never retried. Any other answer is left to the
 * provider's client to judge.
 *
 * @since 0.1.0
 */
public final class JsonExchange {

    private static final Consumer<HttpHeaders> NO_HEADERS = (headers) -> {
    };

    private final String provider;

    private final RestClient restClient;

    private final int successStatus;

    private final ProviderText text;

    /**
     * Creates an exchange for one provider.
     * @param provider the provider's name, for error messages
     * @param restClient the client, with the provider's base URL
     * @param successStatus the status the provider documents for a successful answer, such as 200
     * @param text the cleaning of the provider's words, masking every secret the client sends
     */
    public JsonExchange(String provider, RestClient restClient, int successStatus, ProviderText text) {
        this.provider = provider;
        this.restClient = restClient;
        this.successStatus = successStatus;
        this.text = text;
    }

    /**
     * POSTs a JSON body.
     * @param uriTemplate the path below the base URL, as a URI template
     * @param body the serialized JSON body
     * @param uriVariables values for the template's variables
     * @return the answer
     * @throws RoomTokenUnavailableException if the provider could not be reached or the answer
     * could not be read in time
     * @throws RoomTokenProviderException if the answer is one the client will not use
     */
    public ProviderResponse post(String uriTemplate, byte[] body, Object... uriVariables) {
        return post(uriTemplate, body, NO_HEADERS, this.text, uriVariables);
    }

    /**
     * POSTs a JSON body with headers of this request only.
     * @param uriTemplate the path below the base URL, as a URI template
     * @param body the serialized JSON body
     * @param headers adds headers to this request
     * @param uriVariables values for the template's variables
     * @return the answer
     * @throws RoomTokenUnavailableException if the provider could not be reached or the answer
     * could not be read in time
     * @throws RoomTokenProviderException if the answer is one the client will not use
     */
    public ProviderResponse post(String uriTemplate, byte[] body, Consumer<HttpHeaders> headers,
            Object... uriVariables) {
        return post(uriTemplate, body, headers, this.text, uriVariables);
    }

    /**
     * POSTs a JSON body that carries a secret of its own, such as a refresh token.
     * @param uriTemplate the path below the base URL, as a URI template
     * @param body the serialized JSON body
     * @param headers adds headers to this request
     * @param text the cleaning of the provider's words for this request, masking its secret too
     * @param uriVariables values for the template's variables
     * @return the answer
     * @throws RoomTokenUnavailableException if the provider could not be reached or the answer
     * could not be read in time
     * @throws RoomTokenProviderException if the answer is one the client will not use
     */
    public ProviderResponse post(String uriTemplate, byte[] body, Consumer<HttpHeaders> headers, ProviderText text,
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
                .exchange((request, response) -> read(response, text), true);
        }
        catch (ResourceAccessException ex) {
            Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
            if (cause instanceof AnswerTooLargeException tooLarge) {
                throw RoomTokenProviderException.unusableAnswer(this.provider, tooLarge.statusCode(),
                        String.valueOf(tooLarge.getMessage()));
            }
            throw new RoomTokenUnavailableException(this.provider,
                    this.provider + " could not be reached: " + describe(cause), cause);
        }
    }

    private ProviderResponse read(ClientHttpResponse response, ProviderText text) throws IOException {
        int status = response.getStatusCode().value();
        if (status >= 300 && status < 400) {
            throw RoomTokenProviderException.unusableAnswer(this.provider, status,
                    "a redirect" + RedirectTarget.describe(response.getHeaders())
                            + ", which is not followed: set the provider's base URL to where it should go");
        }
        if (status >= 200 && status < 300 && status != this.successStatus) {
            throw RoomTokenProviderException.unusableAnswer(this.provider, status,
                    "a success status that is not the " + this.successStatus + " that " + this.provider
                            + " answers a token request with");
        }
        InputStream in = response.getBody();
        byte[] whole = (in instanceof WholeBody buffered) ? buffered.unread() : null;
        return new ProviderResponse(status, response.getHeaders(), (whole != null) ? whole : in.readAllBytes(), text);
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
