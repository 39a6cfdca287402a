package dev.roomtoken.template;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The secret hygiene suite against SignalWire: its API token and the encoded Basic credential.
 */
class SignalWireSecretHygieneTest extends SecretHygieneSuite {

    @Override
    ProviderUnderTest provider() {
        return new SignalWireUnderTest();
    }

    @Override
    List<String> secrets() {
        String basic = Base64.getEncoder()
            .encodeToString(("project-1:" + provider().secret()).getBytes(StandardCharsets.UTF_8));
        return List.of(provider().secret(), basic, MINTED);
    }
}
