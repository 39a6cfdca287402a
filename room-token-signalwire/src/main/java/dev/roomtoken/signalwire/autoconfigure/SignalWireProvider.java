package dev.roomtoken.signalwire.autoconfigure;

import java.util.List;

import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.autoconfigure.provider.ProviderConnection;
import dev.roomtoken.autoconfigure.provider.ProviderSettings;
import dev.roomtoken.autoconfigure.provider.RoomTokenProvider;
import dev.roomtoken.signalwire.SignalWireTokenIssuer;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.util.StringUtils;

/**
 * SignalWire in the auto-configuration: configured by any of {@code roomtoken.signalwire.space},
 * {@code base-url}, {@code project-id} or {@code api-token}.
 */
final class SignalWireProvider implements RoomTokenProvider<SignalWireSettings> {

    private static final String PREFIX = "roomtoken.signalwire";

    @Override
    public String name() {
        return SignalWireTokenIssuer.PROVIDER;
    }

    @Override
    public String title() {
        return "SignalWire";
    }

    @Override
    public String templateBeanName() {
        return "signalWireRoomTokenTemplate";
    }

    @Override
    public boolean isConfigured(Binder binder) {
        SignalWireProperties properties = properties(binder);
        return StringUtils.hasText(properties.getSpace()) || StringUtils.hasText(properties.getBaseUrl())
                || StringUtils.hasText(properties.getProjectId()) || StringUtils.hasText(properties.getApiToken());
    }

    @Override
    public SignalWireSettings settings(Binder binder, boolean allowInsecure) {
        return SignalWireSettings.from(properties(binder), allowInsecure);
    }

    @Override
    public RoomTokenIssuer issuer(SignalWireSettings settings, ProviderConnection connection) {
        return SignalWireTokenIssuer.builder()
            .baseUrl(settings.baseUrl())
            .projectId(settings.projectId())
            .apiToken(settings.apiToken())
            .defaults(settings.defaults())
            .restClientBuilder(connection.restClientBuilder())
            .requestFactory(connection.requestFactory())
            .build();
    }

    @Override
    public List<String> secretProperties() {
        return List.of("api-token");
    }

    private static SignalWireProperties properties(Binder binder) {
        return ProviderSettings.bind(binder, PREFIX, SignalWireProperties.class, SignalWireProperties::new);
    }
}
