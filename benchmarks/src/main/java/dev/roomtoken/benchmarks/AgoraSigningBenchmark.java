package dev.roomtoken.benchmarks;

import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.agora.AgoraTokenIssuer;
import io.agora.media.RtcTokenBuilder2;
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
 * One Agora AccessToken2 for the same request (channel {@code standup}, int uid 42, publisher, one
 * hour), minted three ways: our issuer (its checks, the token and the {@code RoomToken} around it),
 * Agora's official {@code RtcTokenBuilder2} from {@code io.agora:authentication}, and the floor of
 * any such token, one HMAC-SHA256 over a signing info of the same length with a prepared key.
 * Run with {@code -prof gc} for the bytes allocated per token.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AgoraSigningBenchmark {

    private static final String APP_ID = "06b6ba55c66655b92bbd8cf8d2c3b6e0";

    private static final String APP_CERTIFICATE = "63da39757947a364dddcd5fb8ecd4b84";

    /** The signing info of this request: app id, times, salt, the RTC service with 4 privileges, channel, uid. */
    private static final int SIGNING_INFO_LENGTH = (2 + 32) + 4 + 4 + 4 + 2 + 2 + 2 + 4 * 6 + (2 + 7) + (2 + 2);

    private final RoomTokenRequest request = RoomTokenRequest.forRoom("standup")
        .identity("42")
        .ttl(Duration.ofHours(1))
        .build();

    private final RtcTokenBuilder2 sdk = new RtcTokenBuilder2();

    private final byte[] signingInfo = new byte[SIGNING_INFO_LENGTH];

    private AgoraTokenIssuer issuer;

    private Mac hmac;

    /**
     * Builds the issuer and the floor's HMAC once, as an application would.
     * @throws GeneralSecurityException if HmacSHA256 is missing
     */
    @Setup
    public void setUp() throws GeneralSecurityException {
        this.issuer = AgoraTokenIssuer.builder().appId(APP_ID).appCertificate(APP_CERTIFICATE).build();
        this.hmac = Mac.getInstance("HmacSHA256");
        this.hmac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
    }

    /**
     * Our issuer, as the template calls it.
     * @return the token
     */
    @Benchmark
    public String ours() {
        return this.issuer.prepareCreate(this.request).sign().token();
    }

    /**
     * Agora's official builder for the same request.
     * @return the token
     */
    @Benchmark
    public String sdk() {
        return this.sdk.buildTokenWithUid(APP_ID, APP_CERTIFICATE, "standup", 42, RtcTokenBuilder2.Role.ROLE_PUBLISHER,
                3600, 3600);
    }

    /**
     * One HMAC-SHA256 over a signing info of the same length: what no token can go below.
     * @return the signature
     */
    @Benchmark
    public byte[] floor() {
        return this.hmac.doFinal(this.signingInfo);
    }
}
