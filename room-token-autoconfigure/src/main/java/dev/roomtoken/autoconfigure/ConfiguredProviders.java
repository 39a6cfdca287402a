package dev.roomtoken.autoconfigure;

import java.util.Locale;

import dev.roomtoken.signalwire.SignalWireTokenIssuer;
import dev.roomtoken.telnyx.TelnyxTokenIssuer;
import org.jspecify.annotations.Nullable;

import org.springframework.core.retry.RetryPolicy;

/**
 * The checked whole of {@code roomtoken.*}: each configured provider's settings, the provider
 * chosen as primary, the retry policy and the timeouts. Building it is where every setting that
 * cannot work is reported.
 *
 * @param signalWire SignalWire's settings, or {@code null} if SignalWire is not configured
 * @param telnyx Telnyx's settings, or {@code null} if Telnyx is not configured
 * @param primary the name of the provider whose template is primary
 * @param retryPolicy the retry policy
 * @param http the bounds of every provider call
 */
record ConfiguredProviders(@Nullable SignalWireSettings signalWire, @Nullable TelnyxSettings telnyx, String primary,
        RetryPolicy retryPolicy, ProviderHttpSettings http) {

    static ConfiguredProviders from(RoomTokenProperties properties) {
        String named = namedProvider(properties.getProvider());
        boolean allowInsecure = properties.getHttp().isAllowInsecure();
        SignalWireSettings signalWire = (ProviderPresence.signalWire(properties)
                || SignalWireTokenIssuer.PROVIDER.equals(named))
                        ? SignalWireSettings.from(properties.getSignalwire(), allowInsecure) : null;
        TelnyxSettings telnyx = (ProviderPresence.telnyx(properties) || TelnyxTokenIssuer.PROVIDER.equals(named))
                ? TelnyxSettings.from(properties.getTelnyx(), allowInsecure) : null;
        String primary = primary(named, signalWire, telnyx);
        return new ConfiguredProviders(signalWire, telnyx, primary, RetrySettings.policy(properties.getRetry()),
                ProviderHttpSettings.from(properties.getHttp()));
    }

    private static @Nullable String namedProvider(@Nullable String provider) {
        if (!ProviderPresence.hasText(provider)) {
            return null;
        }
        String name = provider.trim().toLowerCase(Locale.ROOT);
        if (!name.equals(SignalWireTokenIssuer.PROVIDER) && !name.equals(TelnyxTokenIssuer.PROVIDER)) {
            throw new RoomTokenConfigurationException("roomtoken.provider", "names an unknown provider: '" + provider + "'",
                    "Set roomtoken.provider to signalwire or telnyx, or leave it out when only one provider is configured.");
        }
        return name;
    }

    private static String primary(@Nullable String named, @Nullable SignalWireSettings signalWire,
            @Nullable TelnyxSettings telnyx) {
        if (named != null) {
            return named;
        }
        if (signalWire != null && telnyx != null) {
            throw new RoomTokenConfigurationException("roomtoken.provider",
                    "is not set, but both SignalWire and Telnyx are configured",
                    "Set roomtoken.provider to signalwire or telnyx to choose the provider that the primary "
                            + "RoomTokenTemplate talks to; both templates stay available by name.");
        }
        return (telnyx != null) ? TelnyxTokenIssuer.PROVIDER : SignalWireTokenIssuer.PROVIDER;
    }
}
