package dev.roomtoken.telnyx;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a Telnyx issuer, its builder and its wire bodies print when logged: their settings, never
 * the API key, a token or a refresh token.
 */
class TelnyxToStringTest {

    @Test
    void theIssuerAndItsBuilderShowSettingsButNotTheApiKey() {
        TelnyxTokenIssuer.Builder builder = TelnyxTokenIssuer.builder().apiKey("KEY-telnyx-77a")
            .tokenTtl(Duration.ofMinutes(15));

        assertThat(builder).hasToString("TelnyxTokenIssuer.Builder[baseUrl=https://api.telnyx.com/v2, apiKey=******]");
        assertThat(builder.build()).hasToString("TelnyxTokenIssuer[tokenTtl=PT15M, refreshTokenTtl=PT1H]");
    }

    @Test
    void wireBodiesMaskTheirTokens() {
        assertThat(new TelnyxRefreshTokenBody("eyJ.refresh.secret", 600))
            .hasToString("TelnyxRefreshTokenBody[refreshToken=******, tokenTtlSecs=600]");
        assertThat(new TelnyxTokenResponseBody.Data("eyJ.token.secret", Instant.parse("2026-11-23T10:10:00Z"),
                "eyJ.refresh.secret", null))
            .hasToString("Data[token=******, tokenExpiresAt=2026-11-23T10:10:00Z]");
    }
}
