package dev.roomtoken.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.autoconfigure.provider.ProviderConnection;
import dev.roomtoken.autoconfigure.provider.RoomTokenProvider;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.retry.RetryPolicy;

/**
 * The checked whole of {@code roomtoken.*}: each configured provider with its checked settings,
 * the provider chosen as primary, the retry policy and the bounds of every call. Building it is
 * where every setting that cannot work is reported.
 *
 * @param configured each configured provider, by name, in registration order
 * @param primary the name of the provider whose template is primary
 * @param retryPolicy the retry policy
 * @param http the bounds of every provider call
 */
record ConfiguredProviders(Map<String, Configured<?>> configured, String primary, RetryPolicy retryPolicy,
        ProviderHttpSettings http) {

    static ConfiguredProviders from(RoomTokenProperties properties, Binder binder, RoomTokenProviders providers) {
        RoomTokenProvider<?> named = providers.named(properties.getProvider());
        boolean allowInsecure = properties.getHttp().isAllowInsecure();
        Map<String, Configured<?>> configured = new LinkedHashMap<>();
        for (RoomTokenProvider<?> provider : providers.configured(binder, named)) {
            configured.put(provider.name(), configure(provider, binder, allowInsecure));
        }
        String primary = primary(named, configured, providers);
        return new ConfiguredProviders(configured, primary, RetryPolicyMapper.policy(properties.getRetry()),
                ProviderHttpSettings.from(properties.getHttp()));
    }

    private static <S> Configured<S> configure(RoomTokenProvider<S> provider, Binder binder, boolean allowInsecure) {
        return new Configured<>(provider, provider.settings(binder, allowInsecure));
    }

    private static String primary(@Nullable RoomTokenProvider<?> named, Map<String, Configured<?>> configured,
            RoomTokenProviders providers) {
        if (named != null) {
            return named.name();
        }
        if (configured.isEmpty()) {
            throw new RoomTokenConfigurationException("roomtoken.provider", "is not set, and no provider is configured",
                    "Set the credentials of one of " + RoomTokenProviders.either(providers.names()) + ".");
        }
        if (configured.size() > 1) {
            List<String> titles = new ArrayList<>();
            configured.values().forEach((each) -> titles.add(each.provider().title()));
            boolean two = configured.size() == 2;
            throw new RoomTokenConfigurationException("roomtoken.provider",
                    "is not set, but " + (two ? "both " : "") + RoomTokenProviders.both(titles) + " are configured",
                    "Set roomtoken.provider to " + RoomTokenProviders.either(List.copyOf(configured.keySet()))
                            + " to choose the provider that the primary RoomTokenTemplate talks to; "
                            + (two ? "both" : "all") + " templates stay available by name.");
        }
        return configured.keySet().iterator().next();
    }

    /**
     * One configured provider with its checked settings.
     *
     * @param provider the provider
     * @param settings its checked settings
     * @param <S> the type of its settings
     */
    record Configured<S>(RoomTokenProvider<S> provider, S settings) {

        RoomTokenIssuer issuer(ProviderConnection connection) {
            return this.provider.issuer(this.settings, connection);
        }
    }
}
