package dev.roomtoken.zoom.autoconfigure;

import java.util.List;

import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.autoconfigure.provider.ProviderConnection;
import dev.roomtoken.autoconfigure.provider.ProviderSettings;
import dev.roomtoken.autoconfigure.provider.RoomTokenProvider;
import dev.roomtoken.zoom.ZoomTokenIssuer;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.util.StringUtils;

/**
 * Zoom Video SDK in the auto-configuration: configured by {@code roomtoken.zoom.sdk-key} or
 * {@code sdk-secret}. Tokens are signed in-process, so the HTTP connection is not used.
 */
final class ZoomProvider implements RoomTokenProvider<ZoomSettings> {

    private static final String PREFIX = "roomtoken.zoom";

    @Override
    public String name() {
        return ZoomTokenIssuer.PROVIDER;
    }

    @Override
    public String title() {
        return "Zoom Video SDK";
    }

    @Override
    public boolean isConfigured(Binder binder) {
        ZoomProperties properties = properties(binder);
        return StringUtils.hasText(properties.getSdkKey()) || StringUtils.hasText(properties.getSdkSecret());
    }

    @Override
    public ZoomSettings settings(Binder binder, boolean allowInsecure) {
        return ZoomSettings.from(properties(binder));
    }

    @Override
    public RoomTokenIssuer issuer(ZoomSettings settings, ProviderConnection connection) {
        return ZoomTokenIssuer.builder()
            .sdkKey(settings.sdkKey())
            .sdkSecret(settings.sdkSecret())
            .tokenTtl(settings.tokenTtl())
            .identityClaim(settings.identityClaim())
            .defaults(settings.defaults())
            .build();
    }

    @Override
    public List<String> secretProperties() {
        return List.of("sdk-secret");
    }

    private static ZoomProperties properties(Binder binder) {
        return ProviderSettings.bind(binder, PREFIX, ZoomProperties.class, ZoomProperties::new);
    }
}
