package dev.roomtoken.benchmarks;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import dev.roomtoken.RoomTokenTemplate;
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
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The client's own CPU work per call, with the network taken out: every client here sends through
 * {@link InMemoryProviderTransport}. {@code jacksonOnly} is what the hand-written baseline does
 * besides the network (write the body, read the answer); {@code restClientOnly} adds Spring's
 * {@link RestClient}; the template rows add validation, retries and observation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CallOverheadBenchmark {

    private static final URI BASE_URL = URI.create("http://provider.test");

    private final JsonMapper json = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private RestClient restClient;

    private RoomTokenTemplate signalWire;

    private RoomTokenTemplate signalWireUnobserved;

    private RoomTokenTemplate telnyx;

    /** Builds every client once, as an application does. */
    @Setup
    public void start() {
        InMemoryProviderTransport transport = new InMemoryProviderTransport();
        RestClient.Builder builder = RestClient.builder().requestFactory(transport);
        this.restClient = builder.clone().baseUrl(BASE_URL).build();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry()));
        SignalWireTokenIssuer signalWireClient = SignalWireTokenIssuer.builder()
            .baseUrl(BASE_URL)
            .projectId("project")
            .apiToken("PT-token")
            .requestFactory(transport)
            .build();
        this.signalWire = RoomTokenTemplate.builder(signalWireClient).observationRegistry(observations).build();
        this.signalWireUnobserved = new RoomTokenTemplate(signalWireClient);
        this.telnyx = RoomTokenTemplate.builder(TelnyxTokenIssuer.builder()
            .baseUrl(BASE_URL.resolve("/v2"))
            .apiKey("KEY")
            .requestFactory(transport)
            .build()).observationRegistry(observations).build();
    }

    /**
     * The baseline's own work: the SignalWire body written and the answer read with Jackson.
     * @return the token
     */
    @Benchmark
    public String jacksonOnly() {
        String joinUntil = DateTimeFormatter.ISO_INSTANT
            .format(Instant.now().plus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS));
        byte[] body = this.json.writeValueAsBytes(new RawHttpCalls.SignalWireBody("standup", "alice", joinUntil));
        if (body.length == 0) {
            throw new IllegalStateException();
        }
        return this.json.readValue(LocalProviderServer.SIGNALWIRE_ANSWER, RawHttpCalls.SignalWireAnswer.class).token();
    }

    /**
     * Spring's {@link RestClient} sending a fixed body and reading the answer's bytes.
     * @return the answer's bytes
     */
    @Benchmark
    public byte @Nullable [] restClientOnly() {
        return this.restClient.post()
            .uri(LocalProviderServer.SIGNALWIRE_PATH)
            .contentType(MediaType.APPLICATION_JSON)
            .body(LocalProviderServer.SIGNALWIRE_ANSWER)
            .retrieve()
            .body(byte[].class);
    }

    /**
     * The SignalWire template, observed.
     * @return the token
     */
    @Benchmark
    public String signalWireTemplate() {
        return this.signalWire.createToken(BenchmarkRequests.signalWire()).token();
    }

    /**
     * The SignalWire template with no registry.
     * @return the token
     */
    @Benchmark
    public String signalWireTemplateUnobserved() {
        return this.signalWireUnobserved.createToken(BenchmarkRequests.signalWire()).token();
    }

    /**
     * The Telnyx template, observed.
     * @return the token
     */
    @Benchmark
    public String telnyxTemplate() {
        return this.telnyx.createToken(BenchmarkRequests.telnyx()).token();
    }
}
