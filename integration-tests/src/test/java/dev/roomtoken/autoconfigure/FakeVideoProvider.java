package dev.roomtoken.autoconfigure;

import java.util.List;
import java.util.Map;

import dev.roomtoken.Issuance;
import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.autoconfigure.provider.ProviderConnection;
import dev.roomtoken.autoconfigure.provider.RoomTokenProvider;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * A third provider, registered only in this module's tests (src/test/resources/META-INF/spring.factories),
 * as a provider module registers itself: it signs tokens locally with {@code roomtoken.fakevideo.key},
 * so that the shared auto-configuration can be seen to serve any number of providers.
 */
final class FakeVideoProvider implements RoomTokenProvider<String> {

    @Override
    public String name() {
        return "fakevideo";
    }

    @Override
    public String title() {
        return "Fake Video";
    }

    @Override
    public boolean isConfigured(Binder binder) {
        return binder.bind("roomtoken.fakevideo.key", Bindable.of(String.class)).isBound();
    }

    @Override
    public String settings(Binder binder, boolean allowInsecure) {
        return binder.bind("roomtoken.fakevideo.key", Bindable.of(String.class))
            .orElseThrow(() -> new RoomTokenConfigurationException("roomtoken.fakevideo.key", "is not set",
                    "Set roomtoken.fakevideo.key to the key to sign with."));
    }

    @Override
    public RoomTokenIssuer issuer(String key, ProviderConnection connection) {
        return new RoomTokenIssuer() {

            @Override
            public String provider() {
                return "fakevideo";
            }

            @Override
            public Issuance prepareCreate(RoomTokenRequest request) {
                return (Issuance.Signing) () -> new RoomToken("fakevideo", request.room(),
                        "signed-with-" + key.length() + "-chars", null, null, null,
                        Map.of("sessionName", request.room()));
            }
        };
    }

    @Override
    public List<String> secretProperties() {
        return List.of("key");
    }
}
