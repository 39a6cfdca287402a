package dev.roomtoken.test;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A locally signing provider's part of the emulator: its credentials as settings, no path of its
 * own, and its copy of the settings kept from later changes.
 */
class SigningCredentialsTest {

    @Test
    void givesItsCredentialsAndClaimsNoPath() {
        Map<String, String> given = new HashMap<>(Map.of("roomtoken.example.key", "k-1"));
        SigningCredentials credentials = new SigningCredentials("example", given);
        given.put("roomtoken.example.key", "changed");

        assertThat(credentials.name()).isEqualTo("example");
        assertThat(credentials.settings(URI.create("http://127.0.0.1:1"))).containsExactly(
                Map.entry("roomtoken.example.key", "k-1"));
        assertThat(credentials.handles("/")).isFalse();
        assertThat(credentials.handles("/v1/anything")).isFalse();
        assertThat(credentials.answer(new EmulatorRequest("POST", "/", Map.of(), "")).status()).isEqualTo(404);
        assertThat(credentials.failure(503).status()).isEqualTo(503);
        assertThat(credentials).hasToString("SigningCredentials[example]");
    }
}
