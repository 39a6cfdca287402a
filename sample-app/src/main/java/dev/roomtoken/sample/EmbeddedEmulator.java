package dev.roomtoken.sample;

import java.util.Map;

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
import org.springframework.util.StringUtils;

/**
 * Points the app at an embedded emulator when no provider is configured, so it runs on a fresh
 * machine with no account. It decides once the environment is complete (command line, files and
 * test properties all in) and before the context refreshes, so the auto-configuration sees the
 * emulator's settings. With any provider setting present it does nothing, and the app talks to
 * that server instead. {@code sample.emulator.enabled=false} turns it off; the emulator stops
 * with the context. Starting it logs one line: where it listens and which provider the app mints
 * from it (never its credentials). While the app is processed ahead of time (Spring AOT) it starts
 * nothing: the processed app starts its emulator when it runs.
 */
class EmbeddedEmulator implements SmartApplicationListener {

    private static final Log logger = LogFactory.getLog(EmbeddedEmulator.class);

    private static final String[] PROVIDER_SETTINGS = { "roomtoken.signalwire.space", "roomtoken.signalwire.base-url",
            "roomtoken.signalwire.project-id", "roomtoken.signalwire.api-token", "roomtoken.telnyx.api-key" };

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
        if (!environment.getProperty("sample.emulator.enabled", Boolean.class, true) || providerConfigured(environment)) {
            return;
        }
        boolean telnyx = "telnyx".equalsIgnoreCase(environment.getProperty("roomtoken.provider", ""));
        if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
            // Processed ahead of time, nothing is called: naming the provider is enough to keep the
            // auto-configuration in the processed app, which starts the emulator when it runs.
            environment.getPropertySources()
                .addFirst(new MapPropertySource("roomTokenEmulator",
                        Map.of("roomtoken.provider", telnyx ? "telnyx" : "signalwire")));
            return;
        }
        RoomTokenEmulator started = RoomTokenEmulator.start();
        this.emulator = started;
        environment.getPropertySources()
            .addFirst(new MapPropertySource("roomTokenEmulator", telnyx
                    ? Map.of("roomtoken.telnyx.base-url", started.telnyxBaseUrl().toString(), "roomtoken.telnyx.api-key",
                            started.telnyxApiKey())
                    : Map.of("roomtoken.signalwire.base-url", started.signalWireBaseUrl().toString(),
                            "roomtoken.signalwire.project-id", started.signalWireProjectId(),
                            "roomtoken.signalwire.api-token", started.signalWireApiToken())));
        context.getBeanFactory().registerSingleton("roomTokenEmulator", started);
        logger.info("Started the embedded room-token emulator at " + started.baseUrl() + " (SignalWire at "
                + started.signalWireBaseUrl() + ", Telnyx at " + started.telnyxBaseUrl() + "); the app mints "
                + (telnyx ? "telnyx" : "signalwire") + " tokens from it, as no provider settings were given");
    }

    /**
     * Whether any provider setting is given. Read through a {@link Binder}, which leaves a
     * placeholder it cannot resolve as it is, so that {@code ${SIGNALWIRE_API_TOKEN}} with the
     * variable unset counts as given and the auto-configuration reports it, rather than failing here.
     */
    private static boolean providerConfigured(ConfigurableEnvironment environment) {
        Binder binder = Binder.get(environment);
        for (String setting : PROVIDER_SETTINGS) {
            if (StringUtils.hasText(binder.bind(setting, String.class).orElse(null))) {
                return true;
            }
        }
        return false;
    }
}
