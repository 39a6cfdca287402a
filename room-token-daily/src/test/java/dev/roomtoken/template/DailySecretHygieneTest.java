package dev.roomtoken.template;

import java.util.List;

/**
 * The secret hygiene suite against Daily: its API key and the tokens it mints.
 */
class DailySecretHygieneTest extends SecretHygieneSuite {

    @Override
    ProviderUnderTest provider() {
        return new DailyUnderTest();
    }

    @Override
    List<String> secrets() {
        return List.of(provider().secret(), MINTED);
    }
}
