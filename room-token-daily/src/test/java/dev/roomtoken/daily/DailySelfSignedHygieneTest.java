package dev.roomtoken.daily;

import java.util.ArrayList;
import java.util.List;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.roomtoken.daily.DailyTestServer.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In self-signed mode too, the API key and the tokens signed with it appear in no
 * {@code toString()} and no message. (REST mode runs the core's secret hygiene suite.)
 */
class DailySelfSignedHygieneTest {

    private final DailyTestServer daily = new DailyTestServer();

    @AfterEach
    void stop() {
        this.daily.close();
    }

    @Test
    void nothingPrintedCarriesTheApiKeyOrAToken() {
        DailyTokenIssuer.Builder builder = this.daily.selfSigned();
        DailyTokenIssuer issuer = builder.build();
        RoomTokenTemplate template = new RoomTokenTemplate(issuer);
        RoomToken token = template.createToken(RoomTokenRequest.forRoom("standup").identity("u-42").build());
        List<String> printed = new ArrayList<>(List.of(builder.toString(), issuer.toString(), template.toString(),
                token.toString(), this.daily.rest().build().toString()));
        try {
            template.createToken(RoomTokenRequest.forRoom("a b").build());
        }
        catch (RoomTokenException ex) {
            printed.add(ex.toString());
        }

        assertThat(printed).hasSize(6)
            .allSatisfy((text) -> assertThat(text).doesNotContain(API_KEY, token.token(), token.token().split("\\.")[2]));
        assertThat(issuer.toString()).contains("apiKey=******", "mode=self-signed");
    }
}
