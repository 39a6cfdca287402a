package dev.roomtoken.template;

import java.net.URI;

import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.telnyx.TelnyxTokenIssuer;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Telnyx, for the fault suite.
 */
final class TelnyxUnderTest implements ProviderUnderTest {

    private static final String API_KEY = "KEYtelnyx-secret-key-77a";

    private static final String ROOM = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

    @Override
    public String tokenPath() {
        return "/v2/rooms/" + ROOM + "/actions/generate_join_client_token";
    }

    @Override
    public RoomTokenRequest request() {
        return RoomTokenRequest.forRoom(ROOM).build();
    }

    @Override
    public String successBodyWithTokenJson(String tokenJson) {
        return "{\"data\":{\"token\":" + tokenJson + ",\"token_expires_at\":\"2026-11-23T10:10:00Z\","
                + "\"refresh_token\":\"eyJ.refresh\",\"refresh_token_expires_at\":\"2026-11-23T11:00:00Z\"}}";
    }

    @Override
    public int successStatus() {
        return 201;
    }

    @Override
    public String errorBody(String code, String message) {
        return "{\"errors\":[{\"code\":\"" + code + "\",\"title\":\"Error\",\"detail\":\"" + message
                + "\",\"source\":{\"pointer\":\"/token_ttl_secs\"}}]}";
    }

    @Override
    public RoomTokenIssuer client(URI serverBaseUrl, RestClient.Builder restClient,
            ClientHttpRequestFactory requestFactory) {
        return TelnyxTokenIssuer.builder()
            .baseUrl(URI.create(serverBaseUrl + "/v2"))
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
        return "telnyx";
    }
}
