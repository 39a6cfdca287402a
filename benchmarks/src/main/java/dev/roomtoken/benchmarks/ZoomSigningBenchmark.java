package dev.roomtoken.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;
import dev.roomtoken.zoom.ZoomRole;
import dev.roomtoken.zoom.ZoomTokenIssuer;
import dev.roomtoken.zoom.ZoomTokenOptions;
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

/**
 * A Zoom Video SDK token per call. Zoom publishes no Java server SDK to compare with, so the
 * yardstick is the floor: one HMAC-SHA256 over a signing input as long as the token's, which any
 * HS256 signer must compute. {@code issuer} is the provider's whole work (checks, claims, JSON,
 * base64url, HMAC); {@code template} adds the template's observation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ZoomSigningBenchmark {

    private static final String SECRET = "zoom-video-sdk-secret-0123456789abcdef";

    private final RoomTokenRequest request = RoomTokenRequest.forRoom("Design Review 42")
        .identity("u-42")
        .displayName("Alice")
        .options(ZoomTokenOptions.builder().role(ZoomRole.HOST).sessionKey("session-7").build())
        .build();

    private ZoomTokenIssuer issuer;

    private RoomTokenTemplate template;

    private Mac mac;

    private byte[] signingInput;

    /** Builds the issuer once, as an application does, and a signing input as long as its tokens'. */
    @Setup
    public void start() throws GeneralSecurityException {
        this.issuer = ZoomTokenIssuer.builder().sdkKey("VIDEO_SDK_KEY_0123456789").sdkSecret(SECRET).build();
        this.template = new RoomTokenTemplate(this.issuer);
        String token = this.issuer.prepareCreate(this.request).sign().token();
        this.signingInput = new byte[token.lastIndexOf('.')];
        Arrays.fill(this.signingInput, (byte) 'e');
        this.mac = Mac.getInstance("HmacSHA256");
        this.mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    }

    /** The floor: one HMAC-SHA256 over as many bytes as a token's signing input. */
    @Benchmark
    public byte[] hmacFloor() {
        return this.mac.doFinal(this.signingInput);
    }

    /** The issuer alone: check the request, write the claims, sign. */
    @Benchmark
    public String issuer() {
        return this.issuer.prepareCreate(this.request).sign().token();
    }

    /** Through the template, as an application calls it. */
    @Benchmark
    public String template() {
        return this.template.createToken(this.request).token();
    }
}
