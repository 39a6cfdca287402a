package dev.roomtoken.agora;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the Agora tests share: credentials, a fixed clock and salt, and a reading of tokens written
 * here from the format's description, independent of the code under test.
 */
final class AgoraFixtures {

    static final String APP_ID = "06b6ba55c66655b92bbd8cf8d2c3b6e0";

    static final String APP_CERTIFICATE = "63da39757947a364dddcd5fb8ecd4b84";

    static final String OTHER_CERTIFICATE = "63da39757947a364dddcd5fb8ecd4b85";

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static final int SALT = -1_234_567_890;

    private AgoraFixtures() {
    }

    static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    static int issueTs() {
        return (int) NOW.getEpochSecond();
    }

    /** An issuer with the fixed clock and salt, counting the salts it takes (one per signed token). */
    static AgoraTokenIssuer.Builder issuer(AtomicInteger signings) {
        return AgoraTokenIssuer.builder()
            .appId(APP_ID)
            .appCertificate(APP_CERTIFICATE)
            .clock(clock())
            .salts(() -> {
                signings.incrementAndGet();
                return SALT;
            });
    }

    /** The deflated content of a token: signature length, signature, signing info. */
    static byte[] content(String token) {
        if (!token.startsWith("007")) {
            throw new AssertionError("not an AccessToken2: " + token);
        }
        Inflater inflater = new Inflater();
        inflater.setInput(Base64.getDecoder().decode(token.substring(3)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[256];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsInput()) {
                    throw new AssertionError("truncated zlib stream");
                }
                out.write(buffer, 0, n);
            }
        }
        catch (DataFormatException ex) {
            throw new AssertionError(ex);
        }
        finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    /**
     * Whether a token's signature is the HMAC-SHA256 of its signing info under the key that the
     * given certificate derives with the token's issue time and salt; computed here with the JDK.
     */
    static boolean signatureVerifies(String token, String certificate) throws Exception {
        ByteBuffer content = ByteBuffer.wrap(content(token)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] signature = new byte[Short.toUnsignedInt(content.getShort())];
        content.get(signature);
        byte[] signingInfo = Arrays.copyOfRange(content.array(), content.position(), content.limit());
        ByteBuffer info = ByteBuffer.wrap(signingInfo).order(ByteOrder.LITTLE_ENDIAN);
        info.position(2 + Short.toUnsignedInt(info.getShort(0)));
        byte[] issueTs = new byte[4];
        info.get(issueTs);
        info.getInt();
        byte[] salt = new byte[4];
        info.get(salt);
        byte[] key = hmac(salt, hmac(issueTs, certificate.getBytes("US-ASCII")));
        return Arrays.equals(signature, hmac(key, signingInfo));
    }

    private static byte[] hmac(byte[] key, byte[] message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message);
    }
}
