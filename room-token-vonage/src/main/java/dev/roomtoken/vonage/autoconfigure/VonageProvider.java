package dev.roomtoken.vonage.autoconfigure;

import java.util.List;

import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.autoconfigure.provider.ProviderConnection;
import dev.roomtoken.autoconfigure.provider.ProviderSettings;
import dev.roomtoken.autoconfigure.provider.RoomTokenProvider;
import dev.roomtoken.vonage.VonageTokenIssuer;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.util.StringUtils;

/**
 * Vonage Video in the auto-configuration: configured by {@code roomtoken.vonage.application-id}
 * or {@code private-key}. Tokens are signed in-process; the shared connection carries only the
 * calls that create sessions ({@link dev.roomtoken.vonage.VonageSessions}).
 */
final class VonageProvider implements RoomTokenProvider<VonageSettings> {

    private static final String PREFIX = "roomtoken.vonage";

    @Override
    public String name() {
        return VonageTokenIssuer.PROVIDER;
    }

    @Override
    public String title() {
        return "Vonage Video";
    }

    @Override
    public boolean isConfigured(Binder binder) {
        VonageProperties properties = properties(binder);
        return StringUtils.hasText(properties.getApplicationId()) || StringUtils.hasText(properties.getPrivateKey());
    }

    @Override
    public VonageSettings settings(Binder binder, boolean allowInsecure) {
        return VonageSettings.from(properties(binder), allowInsecure);
    }

    @Override
    public RoomTokenIssuer issuer(VonageSettings settings, ProviderConnection connection) {
        return settings.builder()
            .restClientBuilder(connection.restClientBuilder())
            .requestFactory(connection.requestFactory())
            .build();
    }

    @Override
    public List<String> secretProperties() {
        return List.of("private-key");
    }

    /**
     * Whether Vonage is configured in the environment, as the auto-configuration decides it.
     * @param binder the environment's binder
     * @return {@code true} when any of its identifying properties is set
     */
    static boolean isConfiguredIn(Binder binder) {
        return new VonageProvider().isConfigured(binder);
    }

    private static VonageProperties properties(Binder binder) {
        return ProviderSettings.bind(binder, PREFIX, VonageProperties.class, VonageProperties::new);
    }
}
