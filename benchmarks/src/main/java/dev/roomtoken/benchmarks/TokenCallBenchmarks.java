package dev.roomtoken.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.daily.DailyTokenIssuer;
import dev.roomtoken.http.ProviderRestClientBuilders;
import dev.roomtoken.signalwire.SignalWireTokenIssuer;
import dev.roomtoken.telnyx.TelnyxTokenIssuer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * One token call, side by side: the hand-written baseline, and {@link RoomTokenTemplate} for each
 * provider with the default retry policy and observation on a {@link SimpleMeterRegistry} (and once
 * with no registry). Every call goes to {@link LocalProviderServer} on loopback. Subclasses fix the
 * number of threads and the warm-up. The forks let the JDK client resend a POST on a kept-alive
 * connection it finds stale as it sends ({@code jdk.httpclient.enableAllMethodRetry}); without it,
 * a few calls in 200,000 fail with an I/O error, which the template retries but the hand-written
 * baseline cannot, and JMH ends a benchmark at its first failure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Djdk.httpclient.enableAllMethodRetry=true")
public abstract class TokenCallBenchmarks {

    private static final byte[] SIGNALWIRE_BODY = "{\"room_name\":\"standup\",\"user_name\":\"alice\"}"
        .getBytes(StandardCharsets.UTF_8);

    private LocalProviderServer server;

    private RawHttpCalls raw;

    private RoomTokenTemplate signalWire;

    private RoomTokenTemplate signalWireUnobserved;

    private RoomTokenTemplate telnyx;

    private RoomTokenTemplate daily;

    private RestClient restClient;

    /**
     * Starts the server and builds every client once, as an application does.
     * @throws IOException if the server cannot start
     */
    @Setup
    public void start() throws IOException {
        this.server = new LocalProviderServer();
        this.raw = new RawHttpCalls(this.server.baseUrl());
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry()));
        SignalWireTokenIssuer signalWireClient = SignalWireTokenIssuer.builder()
            .baseUrl(this.server.baseUrl())
            .projectId("project")
            .apiToken("PT-token")
            .build();
        this.signalWire = RoomTokenTemplate.builder(signalWireClient).observationRegistry(observations).build();
        this.signalWireUnobserved = new RoomTokenTemplate(signalWireClient);
        this.restClient = ProviderRestClientBuilders.builder(null, null, this.server.baseUrl()).build();
        this.telnyx = RoomTokenTemplate.builder(TelnyxTokenIssuer.builder()
            .baseUrl(this.server.baseUrl().resolve("/v2"))
            .apiKey("KEY")
            .build()).observationRegistry(observations).build();
        this.daily = RoomTokenTemplate.builder(DailyTokenIssuer.builder()
            .baseUrl(this.server.baseUrl().resolve("/v1"))
            .apiKey("KEY")
            .build()).observationRegistry(observations).build();
    }

    /** Stops the server. */
    @TearDown
    public void stop() {
        this.server.close();
    }

    /**
     * The baseline for SignalWire.
     * @return the token
     * @throws Exception if the call fails
     */
    @Benchmark
    public String signalWireRaw() throws Exception {
        return this.raw.signalWireToken("standup", "alice");
    }

    /**
     * The template for SignalWire, observed.
     * @return the token
     */
    @Benchmark
    public String signalWireTemplate() {
        return this.signalWire.createToken(BenchmarkRequests.signalWire()).token();
    }

    /**
     * The template for SignalWire with no observation registry.
     * @return the token
     */
    @Benchmark
    public String signalWireTemplateUnobserved() {
        return this.signalWireUnobserved.createToken(BenchmarkRequests.signalWire()).token();
    }

    /**
     * Spring's {@link RestClient} alone, on the same request factory as the template, sending a
     * fixed body and reading the answer: what the template's HTTP stack costs before the template.
     * @return the answer's bytes
     */
    @Benchmark
    public byte @Nullable [] signalWireRestClientOnly() {
        return this.restClient.post()
            .uri(LocalProviderServer.SIGNALWIRE_PATH)
            .contentType(MediaType.APPLICATION_JSON)
            .body(SIGNALWIRE_BODY)
            .retrieve()
            .body(byte[].class);
    }

    /**
     * The baseline for Telnyx.
     * @return the token
     * @throws Exception if the call fails
     */
    @Benchmark
    public String telnyxRaw() throws Exception {
        return this.raw.telnyxToken();
    }

    /**
     * The template for Telnyx, observed.
     * @return the token
     */
    @Benchmark
    public String telnyxTemplate() {
        return this.telnyx.createToken(BenchmarkRequests.telnyx()).token();
    }

    /**
     * The baseline for Daily's REST mode.
     * @return the token
     * @throws Exception if the call fails
     */
    @Benchmark
    public String dailyRaw() throws Exception {
        return this.raw.dailyToken("standup", "alice");
    }

    /**
     * The template for Daily's REST mode, observed.
     * @return the token
     */
    @Benchmark
    public String dailyTemplate() {
        return this.daily.createToken(BenchmarkRequests.daily()).token();
    }
}
