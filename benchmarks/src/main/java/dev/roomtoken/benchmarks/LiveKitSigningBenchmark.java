package dev.roomtoken.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.livekit.LiveKitTokenIssuer;
import dev.roomtoken.livekit.LiveKitTokenOptions;
import io.livekit.server.AccessToken;
import io.livekit.server.CanPublish;
import io.livekit.server.CanSubscribe;
import io.livekit.server.RoomJoin;
import io.livekit.server.RoomName;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One LiveKit join token, minted three ways for the same request (room, identity, display name,
 * 30 minutes, publish and subscribe granted): by our issuer (alone and through the template), by
 * LiveKit's own JVM SDK ({@code io.livekit:livekit-server}), and the floor, one HMAC-SHA256 over a
 * signing input as long as ours with a key prepared in advance. Each on one thread and on four.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LiveKitSigningBenchmark {

    static final String API_KEY = "APIbench4Tokens";

    static final String API_SECRET = "b3nchmark-secret-0f-the-l1vekit-project-0123456789";

    private LiveKitTokenIssuer issuer;

    private RoomTokenTemplate template;

    private RoomTokenRequest request;

    private byte[] signingInput;

    /** Builds the issuer and the request once, as an application does. */
    @Setup
    public void setUp() {
        this.issuer = LiveKitTokenIssuer.builder()
            .apiKey(API_KEY)
            .apiSecret(API_SECRET)
            .url("wss://bench.livekit.cloud")
            .build();
        this.template = new RoomTokenTemplate(this.issuer);
        this.request = RoomTokenRequest.forRoom("standup")
            .identity("u-42")
            .displayName("Alice")
            .ttl(Duration.ofMinutes(30))
            .options(LiveKitTokenOptions.builder().canPublish(true).canSubscribe(true).build())
            .build();
        String token = ours();
        this.signingInput = token.substring(0, token.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Our issuer alone.
     * @return the token
     */
    @Benchmark
    @Threads(1)
    public String ours() {
        return this.issuer.prepareCreate(this.request).sign().token();
    }

    /**
     * Our issuer through the template, with no observation registry.
     * @return the token
     */
    @Benchmark
    @Threads(1)
    public String oursTemplate() {
        return this.template.createToken(this.request).token();
    }

    /**
     * LiveKit's SDK, used as its documentation shows.
     * @return the token
     */
    @Benchmark
    @Threads(1)
    public String sdk() {
        return sdkToken();
    }

    /**
     * One HMAC-SHA256 over a signing input as long as ours.
     * @param mac this thread's prepared HMAC
     * @return the signature
     */
    @Benchmark
    @Threads(1)
    public byte[] hmacFloor(ThreadMac mac) {
        return mac.mac.doFinal(this.signingInput);
    }

    /**
     * {@link #ours()} on four threads.
     * @return the token
     */
    @Benchmark
    @Threads(4)
    public String oursFourThreads() {
        return ours();
    }

    /**
     * {@link #sdk()} on four threads.
     * @return the token
     */
    @Benchmark
    @Threads(4)
    public String sdkFourThreads() {
        return sdkToken();
    }

    /**
     * {@link #hmacFloor(ThreadMac)} on four threads.
     * @param mac this thread's prepared HMAC
     * @return the signature
     */
    @Benchmark
    @Threads(4)
    public byte[] hmacFloorFourThreads(ThreadMac mac) {
        return mac.mac.doFinal(this.signingInput);
    }

    private static String sdkToken() {
        AccessToken token = new AccessToken(API_KEY, API_SECRET);
        token.setTtl(Duration.ofMinutes(30).toMillis());
        token.setIdentity("u-42");
        token.setName("Alice");
        token.addGrants(new RoomJoin(true), new RoomName("standup"), new CanPublish(true), new CanSubscribe(true));
        return token.toJwt();
    }

    /**
     * An HMAC-SHA256 keyed once per thread.
     */
    @State(Scope.Thread)
    public static class ThreadMac {

        Mac mac;

        /**
         * Keys the HMAC.
         * @throws GeneralSecurityException never on a standard JDK
         */
        @Setup
        public void setUp() throws GeneralSecurityException {
            this.mac = Mac.getInstance("HmacSHA256");
            this.mac.init(new SecretKeySpec(API_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        }
    }
}
