package dev.roomtoken.template;

import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenException;
import dev.roomtoken.RoomTokenTemplate;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * For each provider: with every logger at TRACE, calls that succeed, are refused, are retried and cannot connect
 * leave no credential and no minted token in the log output, the exceptions or any
 * {@code toString()}.
 */
abstract class SecretHygieneSuite {

    static final String MINTED = "eyJ.good.token";

    static final String REFRESH = "eyJ.refresh";

    /** The provider under test. */
    abstract ProviderUnderTest provider();

    /** Every secret the provider's calls carry or return, as they would be printed. */
    abstract List<String> secrets();

    /** Calls of this provider's own beyond a create, adding what they print to {@code seen}. */
    void extraCalls(RoomTokenTemplate template, List<String> seen) {
    }

    @Test
    void nothingPrintedCarriesASecret() {
        assertNothingLeaks(provider(), secrets(), this::extraCalls);
    }

    private void assertNothingLeaks(ProviderUnderTest provider, List<String> secrets, ExtraCalls extra) {
        List<String> seen = new ArrayList<>();
        try (CapturedLogs logs = new CapturedLogs(); FaultServer faults = new FaultServer(provider, 10)) {
            faults.server.stubFor(post(urlPathMatching(".*/refresh_client_token")).willReturn(aResponse()
                .withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"data\":{\"token\":\"" + MINTED + "\",\"token_expires_at\":\"2026-11-23T10:10:00Z\"}}")));
            RoomTokenTemplate template = faults.template(2);
            seen.add(template.toString());

            faults.answerInTurn(faults.error(503), faults.success());
            RoomToken token = template.createToken(provider.request());
            seen.add(token.toString());
            extra.run(template, seen);

            faults.server.resetScenarios();
            faults.answerInTurn(faults.error(401));
            seen.addAll(failure(template, provider));

            faults.answerInTurn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
            seen.addAll(failure(template, provider));

            assertThat(logs.lines()).as("the template's own DEBUG and WARN lines were captured")
                .anyMatch((line) -> line.contains("create attempt 2: HTTP " + provider.successStatus()))
                .anyMatch((line) -> line.contains("failed after 3 attempts"))
                .anyMatch((line) -> line.startsWith("org.springframework.core.retry"));
            logs.lines().stream().filter(SecretHygieneSuite::isOurs).forEach(seen::add);
        }
        assertThat(seen).allSatisfy((text) -> assertThat(text).doesNotContain(secrets));
    }

    private static List<String> failure(RoomTokenTemplate template, ProviderUnderTest provider) {
        List<String> texts = new ArrayList<>();
        try {
            template.createToken(provider.request());
        }
        catch (RoomTokenException ex) {
            for (Throwable t = ex; t != null; t = t.getCause()) {
                texts.add(t.toString());
            }
        }
        assertThat(texts).as("the failure's messages").isNotEmpty();
        return texts;
    }

    /** The test server's own logs describe what it received; they are not the library's. */
    private static boolean isOurs(String line) {
        return !line.startsWith("wiremock") && !line.startsWith("com.github.tomakehurst");
    }

    @FunctionalInterface
    private interface ExtraCalls {

        void run(RoomTokenTemplate template, List<String> seen);
    }
}
