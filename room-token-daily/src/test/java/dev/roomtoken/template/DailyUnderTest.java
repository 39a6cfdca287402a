package dev.roomtoken.template;

import java.net.URI;

import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.daily.DailyTokenIssuer;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Daily in REST mode, for the contract suites: {@code POST /v1/meeting-tokens}, a bearer API key,
 * {@code {"token"}} with 200, errors as {@code {"error", "info"}}.
 */
final class DailyUnderTest implements ProviderUnderTest {

    private static final String API_KEY = "daily-secret-api-key-4f6c1e";

    @Override
    public String tokenPath() {
        return "/v1/meeting-tokens";
    }

    @Override
    public RoomTokenRequest request() {
        return RoomTokenRequest.forRoom("standup").identity("u-42").build();
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
        return "{\"error\":\"" + code + "\",\"info\":\"" + message + "\"}";
    }

    @Override
    public RoomTokenIssuer client(URI serverBaseUrl, RestClient.Builder restClient,
            ClientHttpRequestFactory requestFactory) {
        return DailyTokenIssuer.builder()
            .baseUrl(URI.create(serverBaseUrl + "/v1"))
            .apiKey(API_KEY)
            .restClientBuilder(restClient)
            .requestFactory(requestFactory)
            .build();
    }

    @Override
    public String authorization() {
        return "Bearer " + API_KEY;
    }

    @Override
    public String secret() {
        return API_KEY;
    }

    @Override
    public String toString() {
        return "daily";
    }
}
