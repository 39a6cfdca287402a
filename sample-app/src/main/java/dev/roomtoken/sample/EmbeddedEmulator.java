package dev.roomtoken.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.roomtoken.autoconfigure.provider.RoomTokenProvider;
import dev.roomtoken.test.RoomTokenEmulator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Points the app at an embedded emulator when no provider is configured, so it runs on a fresh
 * machine with no account. It decides once the environment is complete (command line, files and
 * test properties all in) and before the context refreshes, so the auto-configuration sees the
 * emulator's settings. With any provider setting present (as each provider module's
 * {@link RoomTokenProvider#isConfigured} tells) it does nothing, and the app talks to that server
 * instead. Otherwise every provider the emulator speaks for is pointed at it, and
 * {@code roomtoken.provider}, unless given, picks {@value #DEFAULT_PROVIDER}.
 * {@code sample.emulator.enabled=false} turns it off; the emulator stops with the context. Starting
 * it logs one line: where it listens and which provider the app mints from it (never its
 * credentials). While the app is processed ahead of time (Spring AOT) it starts nothing: the
 * processed app starts its emulator when it runs.
 */
class EmbeddedEmulator implements SmartApplicationListener {

    /** The provider the sample mints from when nothing names one. */
    static final String DEFAULT_PROVIDER = "signalwire";

    private static final Log logger = LogFactory.getLog(EmbeddedEmulator.class);

    private @Nullable RoomTokenEmulator emulator;

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationPreparedEvent.class.isAssignableFrom(eventType)
                || ContextClosedEvent.class.isAssignableFrom(eventType)
                || ApplicationFailedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationPreparedEvent prepared) {
            startIfUnconfigured(prepared.getApplicationContext());
        }
        else if (this.emulator != null) {
            this.emulator.close();
            this.emulator = null;
        }
    }

    private void startIfUnconfigured(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!environment.getProperty("sample.emulator.enabled", Boolean.class, true)
                || providerConfigured(environment, context.getClassLoader())) {
            return;
        }
        String provider = environment.getProperty("roomtoken.provider", "").trim();
        MutablePropertySources sources = environment.getPropertySources();
        if (provider.isEmpty()) {
            provider = DEFAULT_PROVIDER;
            sources.addLast(new MapPropertySource("roomTokenEmulatorDefaults", Map.of("roomtoken.provider", provider)));
        }
        if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
            // Processed ahead of time, nothing is called: naming the provider is enough to keep the
            // auto-configuration in the processed app, which starts the emulator when it runs.
            return;
        }
        RoomTokenEmulator started = RoomTokenEmulator.start();
        this.emulator = started;
        sources.addFirst(new MapPropertySource("roomTokenEmulator", new LinkedHashMap<>(started.settings())));
        context.getBeanFactory().registerSingleton("roomTokenEmulator", started);
        logger.info("Started the embedded room-token emulator at " + started.baseUrl() + " (" + endpoints(started)
                + "); the app mints " + provider.toLowerCase(Locale.ROOT)
                + " tokens from it, as no provider settings were given");
    }

    /**
     * Each provider the emulator speaks for and its base URL, for example
     * {@code <provider> at http://127.0.0.1:41234}.
     */
    /**
     * The providers the emulator answers for, with their base URLs, then those it only gives
     * signing credentials to (they have no address).
     */
    private static String endpoints(RoomTokenEmulator emulator) {
        List<String> served = new ArrayList<>();
        List<String> credentialsOnly = new ArrayList<>();
        for (String name : emulator.providers()) {
            String baseUrl = emulator.settings().get("roomtoken." + name + ".base-url");
            if (baseUrl != null) {
                served.add(name + " at " + baseUrl);
            }
            else {
                credentialsOnly.add(name);
            }
        }
        return String.join(", ", served)
                + (credentialsOnly.isEmpty() ? "" : "; signing credentials for " + String.join(", ", credentialsOnly));
    }

    /**
     * Whether any provider setting is given, as the auto-configuration judges it. Read through a
     * {@link Binder}, which leaves a placeholder it cannot resolve as it is, so that a credential
     * set to {@code ${SOME_VARIABLE}} with the variable unset counts as given and the
     * auto-configuration reports it, rather than failing here.
     */
    @SuppressWarnings("rawtypes")
    private static boolean providerConfigured(ConfigurableEnvironment environment, @Nullable ClassLoader classLoader) {
        Binder binder = Binder.get(environment);
        List<RoomTokenProvider> providers = SpringFactoriesLoader.forDefaultResourceLocation(classLoader)
            .load(RoomTokenProvider.class);
        return providers.stream().anyMatch((provider) -> provider.isConfigured(binder));
    }
}
