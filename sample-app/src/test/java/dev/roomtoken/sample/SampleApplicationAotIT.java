package dev.roomtoken.sample;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app as Spring AOT leaves it: processed in the build with nothing configured (so with
 * SignalWire, the emulator's default), then started with {@code -Dspring.aot.enabled=true} and
 * {@code --roomtoken.provider=telnyx}. Its provider is chosen from the run-time settings: it mints a
 * Telnyx token from its embedded emulator over HTTP.
 */
class SampleApplicationAotIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String ROOM = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

    @Test
    void theProcessedAppMintsATokenFromTheProviderNamedAtRunTime() throws Exception {
        try (ProcessedApp app = ProcessedApp.start("--roomtoken.provider=telnyx")) {
            HttpResponse<String> created = new SampleAppClient(app.port()).post("/api/rooms/" + ROOM + "/tokens",
                    "{\"ttlSeconds\":300}");

            assertThat(app.output()).contains("Starting AOT-processed SampleApplication");
            assertThat(created.statusCode()).as(app.output()).isEqualTo(201);
            JsonNode token = JSON.readTree(created.body());
            assertThat(token.get("provider").asString()).isEqualTo("telnyx");
            assertThat(token.get("refreshToken").asString()).isNotBlank();
            JsonNode claims = JSON.readTree(claimsOf(token.get("token").asString()));
            assertThat(claims.get("provider").asString()).isEqualTo("telnyx");
            assertThat(claims.get("room_id").asString()).isEqualTo(ROOM);
        }
    }

    private static String claimsOf(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
