package dev.roomtoken.autoconfigure;

import java.time.Duration;
import java.util.Locale;

import dev.roomtoken.signalwire.SignalWireRoomTokenClient;
import dev.roomtoken.telnyx.TelnyxRoomTokenClient;
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
 * @param connectTimeout the connect timeout
 * @param readTimeout the read timeout
 */
record ConfiguredProviders(@Nullable SignalWireSettings signalWire, @Nullable TelnyxSettings telnyx, String primary,
        RetryPolicy retryPolicy, Duration connectTimeout, Duration readTimeout) {

    static ConfiguredProviders from(RoomTokenProperties properties) {
        String named = namedProvider(properties.getProvider());
        boolean allowInsecure = properties.getHttp().isAllowInsecure();
        SignalWireSettings signalWire = (ProviderPresence.signalWire(properties)
                || SignalWireRoomTokenClient.PROVIDER.equals(named))
                        ? SignalWireSettings.from(properties.getSignalwire(), allowInsecure) : null;
        TelnyxSettings telnyx = (ProviderPresence.telnyx(properties) || TelnyxRoomTokenClient.PROVIDER.equals(named))
                ? TelnyxSettings.from(properties.getTelnyx(), allowInsecure) : null;
        String primary = primary(named, signalWire, telnyx);
        RoomTokenProperties.Http http = properties.getHttp();
        positive("roomtoken.http.connect-timeout", http.getConnectTimeout(), "5s");
        positive("roomtoken.http.read-timeout", http.getReadTimeout(), "10s");
        return new ConfiguredProviders(signalWire, telnyx, primary, RetrySettings.policy(properties.getRetry()),
                http.getConnectTimeout(), http.getReadTimeout());
    }

    private static @Nullable String namedProvider(@Nullable String provider) {
        if (!ProviderPresence.hasText(provider)) {
            return null;
        }
        String name = provider.trim().toLowerCase(Locale.ROOT);
        if (!name.equals(SignalWireRoomTokenClient.PROVIDER) && !name.equals(TelnyxRoomTokenClient.PROVIDER)) {
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
        return (telnyx != null) ? TelnyxRoomTokenClient.PROVIDER : SignalWireRoomTokenClient.PROVIDER;
    }

    private static void positive(String property, Duration value, String example) {
        if (value.isNegative() || value.isZero()) {
            throw new RoomTokenConfigurationException(property, "is not positive (" + DurationText.of(value) + ")",
                    "Set " + property + " to a positive duration, for example " + example + ".");
        }
    }
}
