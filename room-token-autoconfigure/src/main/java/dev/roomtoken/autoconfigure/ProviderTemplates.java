package dev.roomtoken.autoconfigure;

import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.observation.RoomTokenObservationConvention;
import dev.roomtoken.signalwire.SignalWireTokenIssuer;
import dev.roomtoken.telnyx.TelnyxTokenIssuer;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;

/**
 * Builds each provider's {@link RoomTokenTemplate} from the checked settings and the context's
 * HTTP client, observation registry and convention.
 */
final class ProviderTemplates {

    private ProviderTemplates() {
    }

    static RoomTokenTemplate signalWire(BeanFactory beans) {
        ConfiguredProviders providers = beans.getBean(ConfiguredProviders.class);
        ProviderRestClients restClients = beans.getBean(ProviderRestClients.class);
        SignalWireSettings settings = required(providers.signalWire());
        SignalWireTokenIssuer client = SignalWireTokenIssuer.builder()
            .baseUrl(settings.baseUrl())
            .projectId(settings.projectId())
            .apiToken(settings.apiToken())
            .defaults(settings.defaults())
            .restClientBuilder(restClients.builder())
            .requestFactory(restClients.requestFactory())
            .build();
        return template(client, providers, beans);
    }

    static RoomTokenTemplate telnyx(BeanFactory beans) {
        ConfiguredProviders providers = beans.getBean(ConfiguredProviders.class);
        ProviderRestClients restClients = beans.getBean(ProviderRestClients.class);
        TelnyxSettings settings = required(providers.telnyx());
        TelnyxTokenIssuer client = TelnyxTokenIssuer.builder()
            .baseUrl(settings.baseUrl())
            .apiKey(settings.apiKey())
            .tokenTtl(settings.tokenTtl())
            .refreshTokenTtl(settings.refreshTokenTtl())
            .restClientBuilder(restClients.builder())
            .requestFactory(restClients.requestFactory())
            .build();
        return template(client, providers, beans);
    }

    private static RoomTokenTemplate template(RoomTokenIssuer client, ConfiguredProviders providers,
            BeanFactory beans) {
        return RoomTokenTemplate.builder(client)
            .retryPolicy(providers.retryPolicy())
            .observationRegistry(
                    beans.getBeanProvider(ObservationRegistry.class).getIfUnique(() -> ObservationRegistry.NOOP))
            .observationConvention(beans.getBeanProvider(RoomTokenObservationConvention.class).getIfUnique())
            .build();
    }

    private static <T> T required(@Nullable T settings) {
        if (settings == null) {
            throw new IllegalStateException("The provider's settings were not resolved");
        }
        return settings;
    }
}
