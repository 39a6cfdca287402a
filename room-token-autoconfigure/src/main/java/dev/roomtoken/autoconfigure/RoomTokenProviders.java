package dev.roomtoken.autoconfigure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.roomtoken.autoconfigure.provider.RoomTokenProvider;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Every {@link RoomTokenProvider} on the class path, in the order of their names, and what is said
 * of them in messages. Provider selection is parsed here and nowhere else.
 */
final class RoomTokenProviders {

    private final Map<String, RoomTokenProvider<?>> byName = new LinkedHashMap<>();

    RoomTokenProviders(List<RoomTokenProvider<?>> providers) {
        providers.stream()
            .sorted(Comparator.comparing(RoomTokenProvider::name))
            .forEach((provider) -> this.byName.put(provider.name(), provider));
    }

    /** The providers registered in {@code META-INF/spring.factories}. */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    static RoomTokenProviders load(@Nullable ClassLoader classLoader) {
        List providers = SpringFactoriesLoader.forDefaultResourceLocation(classLoader).load(RoomTokenProvider.class);
        return new RoomTokenProviders(providers);
    }

    /** The provider {@code roomtoken.provider} names, {@code null} when it names none. */
    @Nullable RoomTokenProvider<?> named(@Nullable String provider) {
        if (provider == null || provider.isBlank()) {
            return null;
        }
        RoomTokenProvider<?> named = this.byName.get(provider.trim().toLowerCase(Locale.ROOT));
        if (named == null) {
            throw new RoomTokenConfigurationException("roomtoken.provider",
                    "names an unknown provider: '" + provider + "'", "Set roomtoken.provider to "
                            + either(names()) + ", or leave it out when only one provider is configured.");
        }
        return named;
    }

    /** The providers the settings configure, with the named one whether configured or not. */
    List<RoomTokenProvider<?>> configured(Binder binder, @Nullable RoomTokenProvider<?> named) {
        List<RoomTokenProvider<?>> configured = new ArrayList<>();
        this.byName.values().forEach((provider) -> {
            if (provider == named || provider.isConfigured(binder)) {
                configured.add(provider);
            }
        });
        return configured;
    }

    /** Whether the settings configure any provider, or name one. */
    boolean anyConfigured(Binder binder, @Nullable String provider) {
        return (provider != null && !provider.isBlank())
                || this.byName.values().stream().anyMatch((candidate) -> candidate.isConfigured(binder));
    }

    /** Every provider's secret properties, by full name. */
    List<String> secretProperties() {
        List<String> secrets = new ArrayList<>();
        this.byName.values()
            .forEach((provider) -> provider.secretProperties()
                .forEach((property) -> secrets.add("roomtoken." + provider.name() + "." + property)));
        return secrets;
    }

    List<String> names() {
        return List.copyOf(this.byName.keySet());
    }

    /** For example {@code "signalwire or telnyx"}, {@code "signalwire, telnyx or livekit"}. */
    static String either(List<String> words) {
        return joined(words, " or ");
    }

    /** For example {@code "SignalWire and Telnyx"}. */
    static String both(List<String> words) {
        return joined(words, " and ");
    }

    private static String joined(List<String> words, String last) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + last + words.get(words.size() - 1);
    }
}
