package dev.roomtoken.telnyx.autoconfigure;

import java.util.List;

import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.autoconfigure.provider.ProviderConnection;
import dev.roomtoken.autoconfigure.provider.ProviderSettings;
import dev.roomtoken.autoconfigure.provider.RoomTokenProvider;
import dev.roomtoken.telnyx.TelnyxTokenIssuer;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.util.StringUtils;

/**
 * Telnyx in the auto-configuration: configured by {@code roomtoken.telnyx.api-key}.
 */
final class TelnyxProvider implements RoomTokenProvider<TelnyxSettings> {

    private static final String PREFIX = "roomtoken.telnyx";

    @Override
    public String name() {
        return TelnyxTokenIssuer.PROVIDER;
    }

    @Override
    public String title() {
        return "Telnyx";
    }

    @Override
    public boolean isConfigured(Binder binder) {
        return StringUtils.hasText(properties(binder).getApiKey());
    }

    @Override
    public TelnyxSettings settings(Binder binder, boolean allowInsecure) {
        return TelnyxSettings.from(properties(binder), allowInsecure);
    }

    @Override
    public RoomTokenIssuer issuer(TelnyxSettings settings, ProviderConnection connection) {
        return TelnyxTokenIssuer.builder()
            .baseUrl(settings.baseUrl())
            .apiKey(settings.apiKey())
            .tokenTtl(settings.tokenTtl())
            .refreshTokenTtl(settings.refreshTokenTtl())
            .restClientBuilder(connection.restClientBuilder())
            .requestFactory(connection.requestFactory())
            .build();
    }

    @Override
    public List<String> secretProperties() {
        return List.of("api-key");
    }

    private static TelnyxProperties properties(Binder binder) {
        return ProviderSettings.bind(binder, PREFIX, TelnyxProperties.class, TelnyxProperties::new);
    }
}
