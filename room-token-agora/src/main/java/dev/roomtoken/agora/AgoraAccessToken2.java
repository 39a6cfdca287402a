package dev.roomtoken.agora;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.zip.Deflater;

import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes AccessToken2 ("007") tokens with the RTC service for one app. The layout, every integer
 * little-endian and every string a uint16 byte length followed by its UTF-8 bytes:
 *
 * <pre>
 * token        = "007" base64(zlib-deflate(content))        standard base64, padded
 * content      = uint16 32, signature (32 bytes), signing info
 * signing info = app id, uint32 issue time (epoch seconds), uint32 expire (seconds after issue),
 *                uint32 salt, uint16 service count (1),
 *                uint16 service type (1, RTC), uint16 privilege count,
 *                (uint16 privilege, uint32 expire (seconds after issue)) by ascending privilege,
 *                channel name, uid (an int uid in decimal, a user account, or "" for uid 0)
 * privileges   = 1 join channel, 2 publish audio stream, 3 publish video stream, 4 publish data stream
 * signature    = HMAC-SHA256(key, signing info)
 * key          = HMAC-SHA256(uint32 salt, HMAC-SHA256(uint32 issue time, app certificate))
 * </pre>
 *
 * The app id and certificate are prepared once; each token uses a pooled {@link AgoraScratch}.
 * The content is deflated by {@link AgoraDeflate}, which writes what zlib writes several times
 * faster, or where it cannot, by zlib itself through a fresh {@link Deflater}, as Agora's builder
 * does (a deflater reset for reuse could differ: zlib's match search reads bytes past the input,
 * which a fresh stream has zeroed and a reused one may still hold from an earlier, longer input).
 * Thread-safe.
 */
final class AgoraAccessToken2 {

    static final String VERSION = "007";

    private static final short SERVICE_RTC = 1;

    private static final int SIGNATURE_LENGTH = 32;

    /** What comes before the signing info: the signature's length and the signature. */
    private static final int SIGNING_INFO_OFFSET = 2 + SIGNATURE_LENGTH;

    private static final String HMAC_SHA256 = "HmacSHA256";

    private static final byte[] BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        .getBytes(StandardCharsets.US_ASCII);

    private final byte[] packedAppId;

    private final byte[] appCertificate;

    private final AgoraScratch.Pool scratches;

    /**
     * Prepares the writer of one app's tokens.
     * @param appId the app id
     * @param appCertificate the app certificate, whose text (not its hexadecimal value) keys the
     * signature, as in every Agora token builder
     */
    AgoraAccessToken2(String appId, String appCertificate) {
        byte[] appIdBytes = utf8("appId", appId);
        this.packedAppId = new byte[2 + appIdBytes.length];
        putShort(this.packedAppId, 0, appIdBytes.length);
        System.arraycopy(appIdBytes, 0, this.packedAppId, 2, appIdBytes.length);
        this.appCertificate = appCertificate.getBytes(StandardCharsets.UTF_8);
        this.scratches = new AgoraScratch.Pool(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Writes one token.
     * @param issueTs the issue time in epoch seconds, as an unsigned 32-bit number
     * @param expire the token's expiry in seconds after the issue time
     * @param salt the random salt
     * @param channel the channel name
     * @param uid the uid text: an int uid in decimal, a user account, or the empty string
     * @param privilegeExpires the expiries of the first privileges in seconds after the issue time,
     * from join channel (1) on: one for a subscriber, four for a publisher
     * @return the token
     */
    String write(int issueTs, int expire, int salt, String channel, String uid, int... privilegeExpires) {
        byte[] channelBytes = utf8("channel", channel);
        byte[] uidBytes = utf8("uid", uid);
        int infoLength = this.packedAppId.length + 4 + 4 + 4 + 2 + 2 + 2 + 6 * privilegeExpires.length + 2
                + channelBytes.length + 2 + uidBytes.length;
        int contentLength = SIGNING_INFO_OFFSET + infoLength;
        AgoraScratch scratch = this.scratches.take();
        try {
            scratch.ensureContent(contentLength);
            byte[] content = scratch.content;
            putShort(content, 0, SIGNATURE_LENGTH);
            int at = SIGNING_INFO_OFFSET;
            System.arraycopy(this.packedAppId, 0, content, at, this.packedAppId.length);
            at += this.packedAppId.length;
            at = putInt(content, at, issueTs);
            at = putInt(content, at, expire);
            at = putInt(content, at, salt);
            at = putShort(content, at, 1);
            at = putShort(content, at, SERVICE_RTC);
            at = putShort(content, at, privilegeExpires.length);
            for (int i = 0; i < privilegeExpires.length; i++) {
                at = putShort(content, at, i + 1);
                at = putInt(content, at, privilegeExpires[i]);
            }
            at = putBytes(content, at, channelBytes);
            at = putBytes(content, at, uidBytes);
            Arrays.fill(content, at, at + AgoraDeflate.PADDING, (byte) 0);
            sign(scratch.mac, issueTs, salt, content, infoLength);
            scratch.ensureDeflated(contentLength);
            int deflatedLength = scratch.deflate.deflate(content, contentLength, scratch.deflated);
            byte[] deflated = scratch.deflated;
            if (deflatedLength < 0) {
                deflated = zlibDeflate(content, contentLength);
                deflatedLength = deflated.length;
            }
            String token = base64(deflated, deflatedLength);
            this.scratches.giveBack(scratch);
            return token;
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("Signing an Agora token failed", ex);
        }
    }

    /** Writes the signature of the signing info into the content, after its length. */
    private void sign(Mac mac, int issueTs, int salt, byte[] content, int infoLength)
            throws GeneralSecurityException {
        mac.init(new SecretKeySpec(littleEndian(issueTs), HMAC_SHA256));
        byte[] certificateKey = mac.doFinal(this.appCertificate);
        mac.init(new SecretKeySpec(littleEndian(salt), HMAC_SHA256));
        byte[] signingKey = mac.doFinal(certificateKey);
        mac.init(new SecretKeySpec(signingKey, HMAC_SHA256));
        mac.update(content, SIGNING_INFO_OFFSET, infoLength);
        try {
            mac.doFinal(content, 2);
        }
        catch (ShortBufferException ex) {
            throw new IllegalStateException("No room for the signature", ex);
        }
    }

    /**
     * Deflates with zlib itself, as Agora's builder does: a fresh deflater at the default level,
     * for the content that {@link AgoraDeflate} leaves to zlib.
     */
    static byte[] zlibDeflate(byte[] content, int length) {
        Deflater deflater = new Deflater();
        try {
            deflater.setInput(content, 0, length);
            deflater.finish();
            byte[] out = new byte[length + length / 8 + 64];
            int n = 0;
            while (!deflater.finished()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, 2 * out.length);
                }
                n += deflater.deflate(out, n, out.length - n);
            }
            return Arrays.copyOf(out, n);
        }
        finally {
            deflater.end();
        }
    }

    /** {@value #VERSION} and the standard, padded base64 of the deflated content, in one string. */
    private static String base64(byte[] data, int length) {
        byte[] text = new byte[VERSION.length() + 4 * ((length + 2) / 3)];
        text[0] = '0';
        text[1] = '0';
        text[2] = '7';
        int at = 3;
        int i = 0;
        for (; i + 3 <= length; i += 3) {
            int bits = (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff);
            text[at++] = BASE64[bits >>> 18];
            text[at++] = BASE64[(bits >>> 12) & 0x3f];
            text[at++] = BASE64[(bits >>> 6) & 0x3f];
            text[at++] = BASE64[bits & 0x3f];
        }
        if (i < length) {
            int bits = (data[i] & 0xff) << 16 | ((i + 1 < length) ? (data[i + 1] & 0xff) << 8 : 0);
            text[at++] = BASE64[bits >>> 18];
            text[at++] = BASE64[(bits >>> 12) & 0x3f];
            text[at++] = (i + 1 < length) ? BASE64[(bits >>> 6) & 0x3f] : (byte) '=';
            text[at] = '=';
        }
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf8(String what, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0xFFFF) {
            throw new IllegalArgumentException("The " + what + " takes more than 65535 bytes");
        }
        return bytes;
    }

    private static byte[] littleEndian(int value) {
        byte[] bytes = new byte[4];
        putInt(bytes, 0, value);
        return bytes;
    }

    private static int putShort(byte[] target, int at, int value) {
        target[at] = (byte) value;
        target[at + 1] = (byte) (value >>> 8);
        return at + 2;
    }

    private static int putInt(byte[] target, int at, int value) {
        target[at] = (byte) value;
        target[at + 1] = (byte) (value >>> 8);
        target[at + 2] = (byte) (value >>> 16);
        target[at + 3] = (byte) (value >>> 24);
        return at + 4;
    }

    private static int putBytes(byte[] target, int at, byte[] bytes) {
        int next = putShort(target, at, bytes.length);
        System.arraycopy(bytes, 0, target, next, bytes.length);
        return next + bytes.length;
    }
}
