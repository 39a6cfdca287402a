package dev.roomtoken.autoconfigure;

import dev.roomtoken.RoomTokenClient;
import dev.roomtoken.RoomTokenOperations;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.observation.RoomTokenObservationConvention;
import dev.roomtoken.signalwire.SignalWireRoomTokenClient;
import dev.roomtoken.telnyx.TelnyxRoomTokenClient;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

/**
 * Auto-configures a {@link RoomTokenTemplate} for each provider that {@code roomtoken.*}
 * configures: {@code signalWireRoomTokenTemplate} and {@code telnyxRoomTokenTemplate}, the one
 * {@code roomtoken.provider} names being primary. With no {@code roomtoken.*} provider settings
 * it backs off; a bean of the application's own {@link RoomTokenOperations} type replaces both.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
        "org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
        "org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass({ RoomTokenTemplate.class, RestClient.class })
@Conditional(RoomTokenSettingsCondition.AnyProvider.class)
@EnableConfigurationProperties(RoomTokenProperties.class)
@Import(RoomTokenCredentialsSanitizing.class)
public final class RoomTokenAutoConfiguration {

    @Bean
    static PrimaryRoomTokenTemplate roomTokenPrimaryTemplateSelector(Environment environment) {
        return new PrimaryRoomTokenTemplate(environment);
    }

    @Bean
    ConfiguredProviders roomTokenConfiguredProviders(RoomTokenProperties properties) {
        return ConfiguredProviders.from(properties);
    }

    @Bean
    ProviderRestClients roomTokenRestClients(ObjectProvider<RestClient.Builder> builders,
            ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilders,
            ObjectProvider<HttpClientSettings> httpClientSettings, ConfigurableListableBeanFactory beanFactory,
            ConfiguredProviders providers) {
        return new ProviderRestClients(builders, requestFactoryBuilders, httpClientSettings,
                RequestFactoryBuilderOrigin.isDefault(beanFactory), providers.http());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(RoomTokenOperations.class)
    static class Templates {

        @Bean(PrimaryRoomTokenTemplate.SIGNALWIRE_BEAN)
        @Conditional(RoomTokenSettingsCondition.SignalWire.class)
        RoomTokenTemplate signalWireRoomTokenTemplate(ConfiguredProviders providers, ProviderRestClients restClients,
                ObjectProvider<ObservationRegistry> observationRegistry,
                ObjectProvider<RoomTokenObservationConvention> observationConvention) {
            SignalWireSettings settings = required(providers.signalWire());
            SignalWireRoomTokenClient client = SignalWireRoomTokenClient.builder()
                .baseUrl(settings.baseUrl())
                .projectId(settings.projectId())
                .apiToken(settings.apiToken())
                .defaults(settings.defaults())
                .restClientBuilder(restClients.builder())
                .requestFactory(restClients.requestFactory())
                .build();
            return template(client, providers, observationRegistry, observationConvention);
        }

        @Bean(PrimaryRoomTokenTemplate.TELNYX_BEAN)
        @Conditional(RoomTokenSettingsCondition.Telnyx.class)
        RoomTokenTemplate telnyxRoomTokenTemplate(ConfiguredProviders providers, ProviderRestClients restClients,
                ObjectProvider<ObservationRegistry> observationRegistry,
                ObjectProvider<RoomTokenObservationConvention> observationConvention) {
            TelnyxSettings settings = required(providers.telnyx());
            TelnyxRoomTokenClient client = TelnyxRoomTokenClient.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .tokenTtl(settings.tokenTtl())
                .refreshTokenTtl(settings.refreshTokenTtl())
                .restClientBuilder(restClients.builder())
                .requestFactory(restClients.requestFactory())
                .build();
            return template(client, providers, observationRegistry, observationConvention);
        }

        private static RoomTokenTemplate template(RoomTokenClient client, ConfiguredProviders providers,
                ObjectProvider<ObservationRegistry> observationRegistry,
                ObjectProvider<RoomTokenObservationConvention> observationConvention) {
            return RoomTokenTemplate.builder(client)
                .retryPolicy(providers.retryPolicy())
                .observationRegistry(observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP))
                .observationConvention(observationConvention.getIfUnique())
                .build();
        }

        private static <T> T required(@Nullable T settings) {
            if (settings == null) {
                throw new IllegalStateException("The provider's settings were not resolved");
            }
            return settings;
        }
    }
}
