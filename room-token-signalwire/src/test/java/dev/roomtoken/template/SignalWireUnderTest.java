package dev.roomtoken.template;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signalwire.SignalWireTokenIssuer;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * SignalWire, for the fault suite.
 */
final class SignalWireUnderTest implements ProviderUnderTest {

    private static final String API_TOKEN = "PTsignalwire-secret-token-5e1";

    @Override
    public String tokenPath() {
        return "/api/video/room_tokens";
    }

    @Override
    public RoomTokenRequest request() {
        return RoomTokenRequest.forRoom("standup").displayName("alice").build();
    }

    @Override
    public String successBodyWithTokenJson(String tokenJson) {
        return "{\"token\":" + tokenJson + "}";
    }

    @Override
    public int successStatus() {
        return 200;
    }

    @Override
    public String errorBody(String code, String message) {
        return "{\"errors\":[{\"type\":\"validation_error\",\"code\":\"" + code + "\",\"message\":\"" + message
                + "\",\"attribute\":\"room_name\",\"url\":\"https://developer.signalwire.com\"}]}";
    }

    @Override
    public RoomTokenIssuer client(URI serverBaseUrl, RestClient.Builder restClient,
            ClientHttpRequestFactory requestFactory) {
        return SignalWireTokenIssuer.builder()
            .baseUrl(serverBaseUrl)
            .projectId("project-1")
            .apiToken(API_TOKEN)
            .restClientBuilder(restClient)
            .requestFactory(requestFactory)
            .build();
    }

    @Override
    public String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString(("project-1:" + API_TOKEN).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String secret() {
        return API_TOKEN;
    }

    @Override
    public String toString() {
        return "signalwire";
    }
}
