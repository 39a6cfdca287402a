package dev.roomtoken.test;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

/**
 * An embedded emulator of the providers' token APIs, on WireMock, for tests and local runs. It
 * speaks SignalWire's {@code POST /api/video/room_tokens} and Telnyx's
 * {@code generate_join_client_token} and {@code refresh_client_token} as their API documents
 * define them: it checks credentials (401 otherwise), validates every field as the provider would,
 * and mints JWT-shaped tokens. It keeps a {@link #journal()} and answers with queued
 * {@link EmulatorFault faults} first. It listens on the loopback address {@code 127.0.0.1} only.
 *
 * <pre>{@code
 * try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
 *     // roomtoken.signalwire.base-url=emulator.signalWireBaseUrl(), project-id, api-token ...
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

    private final String signalWireProjectId;

    private final String signalWireApiToken;

    private final String telnyxApiKey;

    private RoomTokenEmulator(Builder builder) {
        this.minter = new TokenMinter();
        this.signalWireProjectId = builder.signalWireProjectId;
        this.signalWireApiToken = builder.signalWireApiToken;
        this.telnyxApiKey = builder.telnyxApiKey;
        this.transformer = new EmulatorTransformer(List.of(
                new SignalWireEndpoint(this.signalWireProjectId, this.signalWireApiToken, this.minter, builder.clock),
                new TelnyxEndpoints(this.telnyxApiKey, this.minter, builder.clock)));
        WireMockConfiguration options = WireMockConfiguration.options()
            .bindAddress(LOOPBACK)
            .http2PlainDisabled(true)
            .disableRequestJournal()
            .extensions(this.transformer);
        this.server = new WireMockServer((builder.port == 0) ? options.dynamicPort() : options.port(builder.port));
        this.server.start();
        this.baseUrl = URI.create("http://" + LOOPBACK + ":" + this.server.port());
        this.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
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
     * The value for {@code roomtoken.signalwire.base-url}.
     * @return the emulator's address
     */
    public URI signalWireBaseUrl() {
        return baseUrl();
    }

    /**
     * The SignalWire project id the emulator accepts.
     * @return the project id
     */
    public String signalWireProjectId() {
        return this.signalWireProjectId;
    }

    /**
     * The SignalWire API token the emulator accepts.
     * @return the API token
     */
    public String signalWireApiToken() {
        return this.signalWireApiToken;
    }

    /**
     * The value for {@code roomtoken.telnyx.base-url}.
     * @return the emulator's address followed by {@code /v2}
     */
    public URI telnyxBaseUrl() {
        return URI.create(this.baseUrl + "/v2");
    }

    /**
     * The Telnyx API key the emulator accepts.
     * @return the API key
     */
    public String telnyxApiKey() {
        return this.telnyxApiKey;
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
     * requests in the order they were queued, whichever provider a request is for, and each
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

        private static final SecureRandom RANDOM = new SecureRandom();

        private int port;

        private String signalWireProjectId = UUID.randomUUID().toString();

        private String signalWireApiToken = "PT" + randomHex();

        private String telnyxApiKey = "KEY" + randomHex();

        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        private static String randomHex() {
            byte[] bytes = new byte[20];
            RANDOM.nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
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
         * Sets the SignalWire credentials the emulator accepts.
         * @param projectId the project id
         * @param apiToken the API token
         * @return this builder
         */
        public Builder signalWireCredentials(String projectId, String apiToken) {
            this.signalWireProjectId = Objects.requireNonNull(projectId, "projectId");
            this.signalWireApiToken = Objects.requireNonNull(apiToken, "apiToken");
            return this;
        }

        /**
         * Sets the Telnyx API key the emulator accepts.
         * @param apiKey the API key
         * @return this builder
         */
        public Builder telnyxApiKey(String apiKey) {
            this.telnyxApiKey = Objects.requireNonNull(apiKey, "apiKey");
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

        /**
         * Starts the emulator.
         * @return the running emulator
         */
        public RoomTokenEmulator start() {
            return new RoomTokenEmulator(this);
        }
    }
}
