package dev.roomtoken.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.VideoGrant;
import dev.roomtoken.twilio.TwilioTokenIssuer;
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
 * One Twilio Video token, minted three ways for the same request (room, identity, 30 minutes): by
 * our issuer (alone and through the template), by Twilio's helper library for Java
 * ({@code com.twilio.sdk:twilio}), and the floor, one HMAC-SHA256 over a signing input as long as
 * ours with a key prepared in advance. Each on one thread and on four.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TwilioSigningBenchmark {

    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

    static final String API_KEY_SID = "SKfedcba9876543210fedcba9876543210";

    static final String API_SECRET = "b3nchmarkS3cr3tOfTheTw1l10Key012";

    private static final byte[] SECRET_BYTES = API_SECRET.getBytes(StandardCharsets.UTF_8);

    private TwilioTokenIssuer issuer;

    private RoomTokenTemplate template;

    private RoomTokenRequest request;

    private byte[] signingInput;

    /** Builds the issuer and the request once, as an application does. */
    @Setup
    public void setUp() {
        this.issuer = TwilioTokenIssuer.builder()
            .accountSid(ACCOUNT_SID)
            .apiKeySid(API_KEY_SID)
            .apiKeySecret(API_SECRET)
            .build();
        this.template = new RoomTokenTemplate(this.issuer);
        this.request = RoomTokenRequest.forRoom("standup")
            .identity("u-42")
            .ttl(Duration.ofMinutes(30))
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
     * Twilio's helper library, used as its documentation shows.
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
        return new AccessToken.Builder(ACCOUNT_SID, API_KEY_SID, SECRET_BYTES).identity("u-42")
            .ttl(1800)
            .grant(new VideoGrant().setRoom("standup"))
            .build()
            .toJwt();
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
            this.mac.init(new SecretKeySpec(SECRET_BYTES, "HmacSHA256"));
        }
    }
}
