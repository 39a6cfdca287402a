package dev.roomtoken.autoconfigure;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secret property is recognised in the spellings actuator shows: its full name, an environment
 * variable, and the field name alone that {@code configprops} shows under a properties bean.
 */
class RoomTokenCredentialsSanitizingKeysTest {

    private static final List<String> SECRETS = List.of("roomtoken.example.api-secret");

    @Test
    void everySpellingOfASecretPropertyIsACredentialAndNoOtherPropertyIs() {
        assertThat(RoomTokenCredentialsSanitizing.isCredential("roomtoken.example.api-secret", SECRETS)).isTrue();
        assertThat(RoomTokenCredentialsSanitizing.isCredential("ROOMTOKEN_EXAMPLE_APISECRET", SECRETS)).isTrue();
        assertThat(RoomTokenCredentialsSanitizing.isCredential("apiSecret", SECRETS)).isTrue();
        assertThat(RoomTokenCredentialsSanitizing.isCredential("eApiSecretX", SECRETS)).isFalse();
        assertThat(RoomTokenCredentialsSanitizing.isCredential("roomtoken.example.api-key", SECRETS)).isFalse();
    }
}
