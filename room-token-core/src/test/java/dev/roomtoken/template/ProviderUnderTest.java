package dev.roomtoken.template;

import java.net.URI;

import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenRequest;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * What the fault suite needs to know of a provider: where its token endpoint is, what a good
 * answer and an error body look like, and how to build its client against a test server.
 */
interface ProviderUnderTest {

    /** The path of the token endpoint on the test server. */
    String tokenPath();

    /** A request the provider accepts. */
    RoomTokenRequest request();

    /** The body of a successful answer whose token is {@code token}. */
    default String successBody(String token) {
        return successBodyWithTokenJson("\"" + token + "\"");
    }

    /** The body of a successful answer whose token is the given JSON value, as it is. */
    String successBodyWithTokenJson(String tokenJson);

    /** The {@code Authorization} header value the client sends. */
    String authorization();

    /** The status of a successful answer. */
    int successStatus();

    /** An error body in the provider's own shape, with the given code. */
    String errorBody(String code, String message);

    /** The provider's client against the given base URL, with the given HTTP client. */
    RoomTokenIssuer client(URI serverBaseUrl, RestClient.Builder restClient, ClientHttpRequestFactory requestFactory);

    /** The secret that must never appear in an exception. */
    String secret();
}
