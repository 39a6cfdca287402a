package dev.roomtoken.zoom;

import java.util.ArrayList;
import java.util.List;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SDK secret and the tokens signed with it appear in no {@code toString()} and no message.
 */
class ZoomSecretHygieneTest {

    private static final String SECRET = "zoom-secret-never-printed-5f3a";

    @Test
    void nothingPrintedCarriesTheSecretOrAToken() {
        ZoomTokenIssuer.Builder builder = ZoomTokenIssuer.builder().sdkKey("key-1").sdkSecret(SECRET);
        ZoomTokenIssuer issuer = builder.build();
        RoomTokenTemplate template = new RoomTokenTemplate(issuer);
        RoomToken token = template.createToken(RoomTokenRequest.forRoom("standup").identity("u-42").build());
        List<String> printed = new ArrayList<>(List.of(builder.toString(), issuer.toString(), template.toString(),
                token.toString()));
        for (RoomTokenRequest invalid : List.of(RoomTokenRequest.forRoom("a/b").build(),
                RoomTokenRequest.forRoom("r").identity("i".repeat(40)).build())) {
            try {
                template.createToken(invalid);
            }
            catch (RoomTokenException ex) {
                printed.add(ex.toString());
            }
        }

        assertThat(printed).hasSize(6)
            .allSatisfy((text) -> assertThat(text).doesNotContain(SECRET, token.token(), token.token().split("\\.")[2]));
        assertThat(issuer.toString()).contains("sdkSecret=******");
        assertThat(builder.toString()).contains("sdkSecret=******");
    }
}
