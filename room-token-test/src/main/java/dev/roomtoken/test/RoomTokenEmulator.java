package dev.roomtoken.test;

import java.net.URI;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.jspecify.annotations.Nullable;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

/**
 * An embedded emulator of the providers' token APIs, on WireMock, for tests and local runs. Each
 * REST provider module on the class path brings its {@link EmulatorEndpoint}, found through
 * {@code META-INF/spring.factories} ({@link EmulatorEndpointFactory}), which speaks the provider's
 * API as its document defines it: it checks credentials (401 otherwise), validates every field as
 * the provider would, and mints JWT-shaped tokens. The emulator keeps a {@link #journal()} and
 * answers with queued {@link EmulatorFault faults} first. It listens on the loopback address
 * {@code 127.0.0.1} only.
 *
 * <pre>{@code
 * try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
 *     // emulator.settings(): roomtoken.<provider>.base-url and credentials, for every provider
 *     // emulator.setting("roomtoken.<provider>.api-key"): one of them
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RoomTokenEmulator implements AutoCloseable {

    /** The only address the emulator listens on: nothing beyond this machine can reach it. */
    private static final String LOOPBACK = "127.0.0.1";

    private final WireMockServer server;

    private final URI baseUrl;

    private final EmulatorTransformer transformer;

    private final TokenMinter minter;

    private final List<String> providers;

    private final Map<String, String> settings;

    private RoomTokenEmulator(Builder builder) {
        this.minter = new TokenMinter();
        EmulatorEndpointContext context = new EmulatorEndpointContext(builder.clock, this.minter, builder.settings);
        List<EmulatorEndpoint> endpoints = Endpoints.create(builder.classLoader, context);
        Set<String> unread = context.unread();
        if (!unread.isEmpty()) {
            throw new IllegalArgumentException("No endpoint of the emulator accepts a value for " + String.join(", ", unread)
                    + "; the providers it emulates are " + names(endpoints));
        }
        this.providers = names(endpoints);
        this.transformer = new EmulatorTransformer(endpoints);
        WireMockConfiguration options = WireMockConfiguration.options()
            .bindAddress(LOOPBACK)
            .http2PlainDisabled(true)
            .disableRequestJournal()
            .extensions(this.transformer);
        this.server = new WireMockServer((builder.port == 0) ? options.dynamicPort() : options.port(builder.port));
        this.server.start();
        try {
            this.baseUrl = URI.create("http://" + LOOPBACK + ":" + this.server.port());
            this.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
            this.settings = settings(endpoints, this.baseUrl);
        }
        catch (RuntimeException ex) {
            this.server.stop();
            throw ex;
        }
    }

    private static Map<String, String> settings(List<EmulatorEndpoint> endpoints, URI baseUrl) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (EmulatorEndpoint endpoint : endpoints) {
            endpoint.settings(baseUrl).forEach((property, value) -> {
                String prefix = "roomtoken." + endpoint.name() + ".";
                if (!property.startsWith(prefix)) {
                    throw new IllegalStateException("The " + endpoint.name() + " endpoint's setting " + property
                            + " is not below " + prefix);
                }
                settings.put(property, value);
            });
        }
        return Collections.unmodifiableMap(settings);
    }

    private static List<String> names(List<EmulatorEndpoint> endpoints) {
        return endpoints.stream().map(EmulatorEndpoint::name).toList();
    }

    /**
     * Starts an emulator on a free port with fresh random credentials.
     * @return the running emulator
     */
    public static RoomTokenEmulator start() {
        return builder().start();
    }

    /**
     * Starts configuring an emulator.
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The emulator's address; still answered after {@link #close()}.
     * @return for example {@code http://127.0.0.1:54321}
     */
    public URI baseUrl() {
        return this.baseUrl;
    }

    /**
     * The port the emulator listens on (listened on, once closed).
     * @return the port
     */
    public int port() {
        return this.baseUrl.getPort();
    }

    /**
     * The providers the emulator speaks for, one per endpoint on the class path, in the endpoints'
     * order: the first is the one an application pointed at the emulator uses when its
     * configuration names no {@code roomtoken.provider}.
     * @return the providers' names ({@link EmulatorEndpoint#name()}), unmodifiable
     */
    public List<String> providers() {
        return this.providers;
    }

    /**
     * The settings that point an application at the emulator: every endpoint's
     * {@code roomtoken.<provider>.base-url} and the credentials it accepts, random unless fixed
     * with {@link Builder#setting(String, String)}. Give them to the application as they are (the
     * emulator's credentials are no secret: nothing beyond this machine can reach it).
     * @return the properties by full name, in the endpoints' order; unmodifiable
     */
    public Map<String, String> settings() {
        return this.settings;
    }

    /**
     * One of the {@link #settings()}, for a test that builds a client by hand or checks what was sent.
     * @param property the property's full name, for example {@code roomtoken.<provider>.api-key}
     * @return its value
     * @throws IllegalArgumentException if no endpoint of the emulator has that setting
     */
    public String setting(String property) {
        String value = this.settings.get(Objects.requireNonNull(property, "property"));
        if (value == null) {
            throw new IllegalArgumentException("The emulator has no setting " + property + "; it has "
                    + String.join(", ", this.settings.keySet()));
        }
        return value;
    }

    /**
     * Every request received since the start or the last {@link #reset()}, in order.
     * @return a snapshot of the journal
     */
    public List<RecordedRequest> journal() {
        return this.transformer.journal();
    }

    /**
     * Queues a fault: the next request is answered with it instead of normally. Faults answer
     * requests in the order they were queued, whichever endpoint a request is for, and each
     * faulted request is still journaled.
     * @param fault the fault
     */
    public void enqueue(EmulatorFault fault) {
        enqueue(fault, 1);
    }

    /**
     * Queues the same fault for the next {@code times} requests.
     * @param fault the fault
     * @param times how many requests it answers, at least 1
     */
    public void enqueue(EmulatorFault fault, int times) {
        Objects.requireNonNull(fault, "fault");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        for (int i = 0; i < times; i++) {
            this.transformer.enqueue(fault);
        }
    }

    /**
     * Clears the journal and any queued faults.
     */
    public void reset() {
        this.transformer.reset();
    }

    /**
     * Reads the claims of a token this emulator minted, for tests that check what it carries.
     * @param token a token from this emulator
     * @return its claims
     * @throws IllegalArgumentException if this emulator did not mint the token
     */
    public Map<String, Object> decodeClaims(String token) {
        Map<String, Object> claims = this.minter.verify(token);
        if (claims == null) {
            throw new IllegalArgumentException("Not a token this emulator minted");
        }
        return claims;
    }

    /**
     * Stops the emulator.
     */
    @Override
    public void close() {
        this.server.stop();
    }

    @Override
    public String toString() {
        return "RoomTokenEmulator[baseUrl=" + this.baseUrl + "]";
    }

    /**
     * Configures a {@link RoomTokenEmulator}.
     */
    public static final class Builder {

        private int port;

        private final Map<String, String> settings = new LinkedHashMap<>();

        private Clock clock = Clock.systemUTC();

        private @Nullable ClassLoader classLoader = RoomTokenEmulator.class.getClassLoader();

        private Builder() {
        }

        /**
         * Sets the port.
         * @param port the port, or 0 for a free one (the default)
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Fixes the value of one of the emulator's {@link RoomTokenEmulator#settings() settings}
         * that an endpoint accepts a value for, such as a credential, instead of a random one:
         * {@code setting("roomtoken.<provider>.api-key", "KEY1")}. Starting fails, naming the
         * property, when no endpoint accepts it.
         * @param property the property's full name
         * @param value its value
         * @return this builder
         */
        public Builder setting(String property, String value) {
            this.settings.put(Objects.requireNonNull(property, "property"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the clock that token expiry is judged by, so a test can move time on.
         * @param clock the clock; the system clock by default
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Finds endpoints with another class loader than the emulator's own (tests of the discovery). */
        Builder classLoader(@Nullable ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        /**
         * Starts the emulator.
         * @return the running emulator
         * @throws IllegalArgumentException if a fixed setting is not one any endpoint accepts
         */
        public RoomTokenEmulator start() {
            return new RoomTokenEmulator(this);
        }
    }
}
