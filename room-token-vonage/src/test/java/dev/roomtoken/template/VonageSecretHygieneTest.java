package dev.roomtoken.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.vonage.VonageTokenIssuer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * With every logger at TRACE, Vonage calls that succeed, are refused and are unsupported, and a
 * builder given a damaged key, leave neither a line of the private key nor a minted token in the log
 * output, the exceptions or any {@code toString()}.
 */
class VonageSecretHygieneTest {

    private static final String SESSION_ID = "2_MX4xMDBfjE0Mzc2NzY1NDgwMTJ-TjMzfn4";

    @Test
    void nothingPrintedCarriesTheKeyOrAToken() throws IOException {
        String pem;
        try (InputStream in = getClass().getResourceAsStream("/keys/pkcs8.pem")) {
            pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        List<String> secrets = new ArrayList<>(pem.lines().filter((line) -> !line.startsWith("-----")).toList());
        List<String> seen = new ArrayList<>();
        try (CapturedLogs logs = new CapturedLogs()) {
            VonageTokenIssuer.Builder builder = VonageTokenIssuer.builder()
                .applicationId("9f3d6c1e-5b2a-4c7d-8e9f-0a1b2c3d4e5f")
                .privateKey(pem);
            seen.add(builder.toString());
            VonageTokenIssuer issuer = builder.build();
            seen.add(issuer.toString());
            RoomTokenTemplate template = new RoomTokenTemplate(issuer);
            seen.add(template.toString());

            RoomToken token = template.createToken(RoomTokenRequest.forRoom(SESSION_ID).build());
            secrets.add(token.token());
            secrets.add(token.token().substring(token.token().lastIndexOf('.') + 1));
            seen.add(token.toString());
            seen.addAll(failure(() -> template.createToken(RoomTokenRequest.forRoom("standup").build())));
            seen.addAll(failure(() -> template.refreshToken(token)));
            String damaged = pem.replace(secrets.get(3), secrets.get(3).substring(8));
            assertThatIllegalArgumentException().isThrownBy(() -> VonageTokenIssuer.builder()
                .applicationId("9f3d6c1e-5b2a-4c7d-8e9f-0a1b2c3d4e5f")
                .privateKey(damaged)
                .build()).satisfies((ex) -> seen.add(ex.toString()));
            seen.addAll(logs.lines());
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(8);
        assertThat(seen).allSatisfy((text) -> assertThat(text).doesNotContain(secrets));
    }

    private static List<String> failure(Runnable call) {
        List<String> texts = new ArrayList<>();
        try {
            call.run();
        }
        catch (RoomTokenException ex) {
            for (Throwable t = ex; t != null; t = t.getCause()) {
                texts.add(t.toString());
            }
        }
        assertThat(texts).as("the failure's messages").isNotEmpty();
        return texts;
    }
}
