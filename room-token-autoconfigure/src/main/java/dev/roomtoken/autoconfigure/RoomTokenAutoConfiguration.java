package dev.roomtoken.autoconfigure;

import dev.roomtoken.RoomTokenOperations;
import dev.roomtoken.RoomTokenTemplate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
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
 * Which providers get a template is decided as the context refreshes
 * ({@link RoomTokenTemplateRegistrar}), so that an application processed by Spring AOT follows its
 * run-time settings.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
        "org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
        "org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass({ RoomTokenTemplate.class, RestClient.class })
@ConditionalOnRoomTokenSettings
@EnableConfigurationProperties(RoomTokenProperties.class)
@Import(RoomTokenCredentialsSanitizing.class)
public final class RoomTokenAutoConfiguration {

    @Bean
    static ProviderSelectionPostProcessor roomTokenPrimaryTemplateSelector(Environment environment) {
        return new ProviderSelectionPostProcessor(environment);
    }

    @Bean
    ConfiguredProviders roomTokenConfiguredProviders(RoomTokenProperties properties, Environment environment,
            ConfigurableListableBeanFactory beanFactory) {
        return ConfiguredProviders.from(properties, Binder.get(environment),
                RoomTokenProviders.load(beanFactory.getBeanClassLoader()));
    }

    @Bean
    ProviderRestClients roomTokenRestClients(ObjectProvider<RestClient.Builder> builders,
            ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilders,
            ObjectProvider<HttpClientSettings> httpClientSettings, ConfigurableListableBeanFactory beanFactory,
            ConfiguredProviders providers) {
        return new ProviderRestClients(builders, requestFactoryBuilders, httpClientSettings,
                RequestFactoryBuilderOrigin.isDefault(beanFactory), providers.http());
    }

    /**
     * The templates, unless the application defines its own {@link RoomTokenOperations}. Which
     * providers get one is decided from the settings as the context refreshes, so that it holds
     * under Spring AOT too.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(RoomTokenOperations.class)
    static class Templates {

        @Bean
        static RoomTokenTemplateRegistrar roomTokenTemplateRegistrar(Environment environment) {
            return new RoomTokenTemplateRegistrar(environment);
        }
    }
}
