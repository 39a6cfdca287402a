package dev.roomtoken.template;

import java.util.List;

import dev.roomtoken.RoomTokenTemplate;

/**
 * The secret hygiene suite against Telnyx: its API key, and a refresh token, refreshed too.
 */
class TelnyxSecretHygieneTest extends SecretHygieneSuite {

    @Override
    ProviderUnderTest provider() {
        return new TelnyxUnderTest();
    }

    @Override
    List<String> secrets() {
        return List.of(provider().secret(), MINTED, REFRESH);
    }

    @Override
    void extraCalls(RoomTokenTemplate template, List<String> seen) {
        seen.add(template.refreshToken(provider().request().room(), REFRESH).toString());
    }
}
