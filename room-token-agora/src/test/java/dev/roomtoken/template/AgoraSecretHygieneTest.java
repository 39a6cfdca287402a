package dev.roomtoken.template;

import java.util.ArrayList;
import java.util.List;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.agora.AgoraTokenIssuer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With every logger at TRACE, Agora calls that succeed, are refused and are unsupported leave
 * neither the app certificate nor a minted token in the log output, the exceptions or any
 * {@code toString()}.
 */
class AgoraSecretHygieneTest {

    private static final String CERTIFICATE = "63da39757947a364dddcd5fb8ecd4b84";

    @Test
    void nothingPrintedCarriesTheCertificateOrAToken() {
        List<String> seen = new ArrayList<>();
        List<String> secrets = new ArrayList<>(List.of(CERTIFICATE));
        try (CapturedLogs logs = new CapturedLogs()) {
            AgoraTokenIssuer.Builder builder = AgoraTokenIssuer.builder()
                .appId("06b6ba55c66655b92bbd8cf8d2c3b6e0")
                .appCertificate(CERTIFICATE);
            seen.add(builder.toString());
            AgoraTokenIssuer issuer = builder.build();
            seen.add(issuer.toString());
            RoomTokenTemplate template = new RoomTokenTemplate(issuer);
            seen.add(template.toString());

            RoomToken token = template.createToken(RoomTokenRequest.forRoom("standup").identity("u-42").build());
            secrets.add(token.token());
            seen.add(token.toString());
            seen.addAll(failure(() -> template.createToken(RoomTokenRequest.forRoom("café").build())));
            seen.addAll(failure(() -> template.refreshToken(token)));
            seen.addAll(logs.lines());
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(7);
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
