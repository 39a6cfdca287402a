package dev.roomtoken.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline: the calls written by hand with the JDK {@link HttpClient} and Jackson, with no
 * validation, retries or metrics. They send and read what the template sends and reads.
 */
final class RawHttpCalls {

    private final HttpClient http = HttpClient.newHttpClient();

    private final JsonMapper json = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private final URI signalWire;

    private final URI telnyx;

    private final URI daily;

    private final String basic = "Basic "
            + Base64.getEncoder().encodeToString("project:PT-token".getBytes(StandardCharsets.UTF_8));

    RawHttpCalls(URI baseUrl) {
        this.signalWire = baseUrl.resolve(LocalProviderServer.SIGNALWIRE_PATH);
        this.telnyx = baseUrl.resolve(LocalProviderServer.TELNYX_CREATE_PATH);
        this.daily = baseUrl.resolve(LocalProviderServer.DAILY_PATH);
    }

    String signalWireToken(String room, String user) throws IOException, InterruptedException {
        String joinUntil = DateTimeFormatter.ISO_INSTANT
            .format(Instant.now().plus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS));
        byte[] body = this.json.writeValueAsBytes(new SignalWireBody(room, user, joinUntil));
        HttpResponse<byte[]> response = this.http.send(post(this.signalWire, body).header("Authorization", this.basic)
            .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return this.json.readValue(response.body(), SignalWireAnswer.class).token();
    }

    String telnyxToken() throws IOException, InterruptedException {
        byte[] body = this.json.writeValueAsBytes(new TelnyxBody(600, 3600));
        HttpResponse<byte[]> response = this.http.send(post(this.telnyx, body).header("Authorization", "Bearer KEY")
            .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 201) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return this.json.readValue(response.body(), TelnyxAnswer.class).data().token();
    }

    String dailyToken(String room, String user) throws IOException, InterruptedException {
        long exp = Instant.now().plus(30, ChronoUnit.MINUTES).getEpochSecond();
        byte[] body = this.json.writeValueAsBytes(new DailyBody(new DailyBody.Properties(room, exp, user)));
        HttpResponse<byte[]> response = this.http.send(post(this.daily, body).header("Authorization", "Bearer KEY")
            .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return this.json.readValue(response.body(), SignalWireAnswer.class).token();
    }

    private static HttpRequest.Builder post(URI uri, byte[] body) {
        return HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    record SignalWireBody(@JsonProperty("room_name") String roomName, @JsonProperty("user_name") String userName,
            @JsonProperty("join_until") String joinUntil) {
    }

    record SignalWireAnswer(@JsonProperty("token") String token) {
    }

    record DailyBody(@JsonProperty("properties") Properties properties) {

        record Properties(@JsonProperty("room_name") String roomName, @JsonProperty("exp") long exp,
                @JsonProperty("user_name") String userName) {
        }
    }

    record TelnyxBody(@JsonProperty("token_ttl_secs") int tokenTtlSecs,
            @JsonProperty("refresh_token_ttl_secs") int refreshTokenTtlSecs) {
    }

    record TelnyxAnswer(@JsonProperty("data") Data data) {

        record Data(@JsonProperty("token") String token, @JsonProperty("token_expires_at") Instant tokenExpiresAt,
                @JsonProperty("refresh_token") String refreshToken,
                @JsonProperty("refresh_token_expires_at") Instant refreshTokenExpiresAt) {
        }
    }
}
