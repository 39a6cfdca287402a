package dev.roomtoken.daily.autoconfigure;

import java.util.List;

import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.autoconfigure.provider.ProviderConnection;
import dev.roomtoken.autoconfigure.provider.ProviderSettings;
import dev.roomtoken.autoconfigure.provider.RoomTokenProvider;
import dev.roomtoken.daily.DailyTokenIssuer;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.util.StringUtils;

/**
 * Daily in the auto-configuration: configured by any of {@code roomtoken.daily.api-key},
 * {@code domain-id}, {@code domain-name} or {@code self-signed=true}. In REST mode its issuer calls
 * Daily through the shared connection; in self-signed mode it signs in-process and ignores it.
 */
final class DailyProvider implements RoomTokenProvider<DailySettings> {

    private static final String PREFIX = "roomtoken.daily";

    @Override
    public String name() {
        return DailyTokenIssuer.PROVIDER;
    }

    @Override
    public String title() {
        return "Daily";
    }

    @Override
    public boolean isConfigured(Binder binder) {
        DailyProperties properties = properties(binder);
        return StringUtils.hasText(properties.getApiKey()) || StringUtils.hasText(properties.getDomainId())
                || StringUtils.hasText(properties.getDomainName()) || properties.isSelfSigned();
    }

    @Override
    public DailySettings settings(Binder binder, boolean allowInsecure) {
        return DailySettings.from(properties(binder), allowInsecure);
    }

    @Override
    public RoomTokenIssuer issuer(DailySettings settings, ProviderConnection connection) {
        return DailyTokenIssuer.builder()
            .baseUrl(settings.baseUrl())
            .apiKey(settings.apiKey())
            .selfSigned(settings.selfSigned())
            .domainId(settings.domainId())
            .domainName(settings.domainName())
            .tokenTtl(settings.tokenTtl())
            .defaults(settings.defaults())
            .restClientBuilder(connection.restClientBuilder())
            .requestFactory(connection.requestFactory())
            .build();
    }

    @Override
    public List<String> secretProperties() {
        return List.of("api-key");
    }

    private static DailyProperties properties(Binder binder) {
        return ProviderSettings.bind(binder, PREFIX, DailyProperties.class, DailyProperties::new);
    }
}
