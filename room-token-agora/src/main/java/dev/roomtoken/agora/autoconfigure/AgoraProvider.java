package dev.roomtoken.agora.autoconfigure;

import java.util.List;

import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.autoconfigure.provider.ProviderConnection;
import dev.roomtoken.autoconfigure.provider.ProviderSettings;
import dev.roomtoken.autoconfigure.provider.RoomTokenProvider;
import dev.roomtoken.agora.AgoraTokenIssuer;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.util.StringUtils;

/**
 * Agora in the auto-configuration: configured by {@code roomtoken.agora.app-id} or
 * {@code app-certificate}. Tokens are signed in-process, so the HTTP connection is not used.
 */
final class AgoraProvider implements RoomTokenProvider<AgoraSettings> {

    private static final String PREFIX = "roomtoken.agora";

    @Override
    public String name() {
        return AgoraTokenIssuer.PROVIDER;
    }

    @Override
    public String title() {
        return "Agora";
    }

    @Override
    public boolean isConfigured(Binder binder) {
        AgoraProperties properties = properties(binder);
        return StringUtils.hasText(properties.getAppId()) || StringUtils.hasText(properties.getAppCertificate());
    }

    @Override
    public AgoraSettings settings(Binder binder, boolean allowInsecure) {
        return AgoraSettings.from(properties(binder));
    }

    @Override
    public RoomTokenIssuer issuer(AgoraSettings settings, ProviderConnection connection) {
        return settings.builder().build();
    }

    @Override
    public List<String> secretProperties() {
        return List.of("app-certificate");
    }

    private static AgoraProperties properties(Binder binder) {
        return ProviderSettings.bind(binder, PREFIX, AgoraProperties.class, AgoraProperties::new);
    }
}
