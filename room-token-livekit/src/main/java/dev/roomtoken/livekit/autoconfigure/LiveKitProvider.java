package dev.roomtoken.livekit.autoconfigure;

import java.util.List;

import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.autoconfigure.provider.ProviderConnection;
import dev.roomtoken.autoconfigure.provider.ProviderSettings;
import dev.roomtoken.autoconfigure.provider.RoomTokenProvider;
import dev.roomtoken.livekit.LiveKitTokenIssuer;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.util.StringUtils;

/**
 * LiveKit in the auto-configuration: configured by any of {@code roomtoken.livekit.api-key},
 * {@code api-secret} or {@code url}. Tokens are signed in-process, so the HTTP connection is not
 * used.
 */
final class LiveKitProvider implements RoomTokenProvider<LiveKitSettings> {

    private static final String PREFIX = "roomtoken.livekit";

    @Override
    public String name() {
        return LiveKitTokenIssuer.PROVIDER;
    }

    @Override
    public String title() {
        return "LiveKit";
    }

    @Override
    public String templateBeanName() {
        return "liveKitRoomTokenTemplate";
    }

    @Override
    public boolean isConfigured(Binder binder) {
        LiveKitProperties properties = properties(binder);
        return StringUtils.hasText(properties.getApiKey()) || StringUtils.hasText(properties.getApiSecret())
                || StringUtils.hasText(properties.getUrl());
    }

    @Override
    public LiveKitSettings settings(Binder binder, boolean allowInsecure) {
        return LiveKitSettings.from(properties(binder));
    }

    @Override
    public RoomTokenIssuer issuer(LiveKitSettings settings, ProviderConnection connection) {
        return settings.builder().build();
    }

    @Override
    public List<String> secretProperties() {
        return List.of("api-secret");
    }

    private static LiveKitProperties properties(Binder binder) {
        return ProviderSettings.bind(binder, PREFIX, LiveKitProperties.class, LiveKitProperties::new);
    }
}
