package dev.roomtoken.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import com.vonage.client.VonageClient;
import com.vonage.client.video.Role;
import com.vonage.client.video.TokenOptions;
import com.vonage.client.video.VideoClient;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.vonage.VonageRole;
import dev.roomtoken.vonage.VonageTokenIssuer;
import dev.roomtoken.vonage.VonageTokenOptions;
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
 * One Vonage Video client token for the same request (a session, publisher, connection data, one
 * hour) with the same 2048-bit key, minted three ways: our issuer (its checks, the claims, the RS256
 * signature and the {@code RoomToken}), the official {@code com.vonage:server-sdk}'s
 * {@code VideoClient.generateToken}, which reads the PEM key again for every token, and the floor,
 * one SHA256withRSA signature over a signing input of the same length with the key already read.
 * Run with {@code -prof gc} for the bytes allocated per token.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VonageSigningBenchmark {

    private static final String APPLICATION_ID = "9f3d6c1e-5b2a-4c7d-8e9f-0a1b2c3d4e5f";

    private static final String SESSION_ID = "2_MX4xMDBfjE0Mzc2NzY1NDgwMTJ-TjMzfn4";

    private static final String CONNECTION_DATA = "{\"id\":\"u-42\",\"name\":\"Alice\"}";

    private RoomTokenRequest request;

    private VonageTokenIssuer issuer;

    private VideoClient sdk;

    private TokenOptions sdkOptions;

    private RSAPrivateKey key;

    private byte[] signingInput;

    /**
     * Creates the key, our issuer and the SDK's client once, as an application would.
     * @throws GeneralSecurityException if RSA is missing
     */
    @Setup
    public void setUp() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        this.key = (RSAPrivateKey) pair.getPrivate();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(this.key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        this.issuer = VonageTokenIssuer.builder().applicationId(APPLICATION_ID).privateKey(pem).build();
        this.request = RoomTokenRequest.forRoom(SESSION_ID)
            .ttl(Duration.ofHours(1))
            .options(VonageTokenOptions.builder().role(VonageRole.PUBLISHER).connectionData(CONNECTION_DATA).build())
            .build();
        this.sdk = VonageClient.builder().applicationId(APPLICATION_ID).privateKeyContents(pem).build()
            .getVideoClient();
        this.sdkOptions = TokenOptions.builder()
            .role(Role.PUBLISHER)
            .expiryLength(Duration.ofHours(1))
            .data(CONNECTION_DATA)
            .build();
        String token = ours();
        this.signingInput = token.substring(0, token.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
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
     * Vonage's official SDK for the same request.
     * @return the token
     */
    @Benchmark
    public String sdk() {
        return this.sdk.generateToken(SESSION_ID, this.sdkOptions);
    }

    /**
     * One RS256 signature over a signing input of the same length: what no token can go below.
     * @return the signature
     * @throws GeneralSecurityException never with a valid key
     */
    @Benchmark
    public byte[] floor() throws GeneralSecurityException {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(this.key);
        rsa.update(this.signingInput);
        return rsa.sign();
    }
}
