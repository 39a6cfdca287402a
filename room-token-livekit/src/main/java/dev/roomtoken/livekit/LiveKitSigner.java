package dev.roomtoken.livekit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs LiveKit tokens with HS256 in the compact form, {@code header.payload.signature}, each part
 * base64url without padding (RFC 7515): the same tokens as core's
 * {@link dev.roomtoken.signing.JsonWebSigner} makes of the same claims (the tests hold them to
 * it, byte for byte), at a third of its cost. The header, always {@code {"alg":"HS256","typ":"JWT"}},
 * is encoded once; the payload comes as JSON bytes from {@link LiveKitJsonWriter}; each token is
 * encoded into one array and signed by its own copy of the keyed HMAC, so the signer is
 * thread-safe, on virtual threads too, and keeps no per-thread state.
 */
final class LiveKitSigner {

    private static final byte[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        .getBytes(StandardCharsets.US_ASCII);

    /** {@code base64url({"alg":"HS256","typ":"JWT"})} and the dot after it. */
    private static final byte[] HEADER = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.".getBytes(StandardCharsets.US_ASCII);

    private static final int SIGNATURE_CHARACTERS = 43;

    private final Mac prototype;

    LiveKitSigner(byte[] secret) {
        try {
            this.prototype = Mac.getInstance("HmacSHA256");
            this.prototype.init(new SecretKeySpec(secret, "HmacSHA256"));
            // a platform whose HMAC cannot be copied fails here, once, rather than on each token
            this.prototype.clone();
        }
        catch (NoSuchAlgorithmException | InvalidKeyException | CloneNotSupportedException ex) {
            throw new IllegalStateException("HmacSHA256 is not available for signing", ex);
        }
    }

    /**
     * Signs one token.
     * @param payload the claims' JSON
     * @param length how many of the payload's bytes to take
     * @return the token
     */
    String sign(byte[] payload, int length) {
        int payloadCharacters = (length / 3) * 4 + ((length % 3 == 0) ? 0 : length % 3 + 1);
        int signingInputLength = HEADER.length + payloadCharacters;
        byte[] token = new byte[signingInputLength + 1 + SIGNATURE_CHARACTERS];
        System.arraycopy(HEADER, 0, token, 0, HEADER.length);
        encode(payload, length, token, HEADER.length);
        Mac mac = copy();
        mac.update(token, 0, signingInputLength);
        token[signingInputLength] = '.';
        byte[] signature = mac.doFinal();
        encode(signature, signature.length, token, signingInputLength + 1);
        return new String(token, StandardCharsets.ISO_8859_1);
    }

    private Mac copy() {
        try {
            return (Mac) this.prototype.clone();
        }
        catch (CloneNotSupportedException ex) {
            throw new IllegalStateException("HmacSHA256 cannot be copied on this platform", ex);
        }
    }

    /** Base64url without padding, into {@code out} from {@code at}. */
    private static void encode(byte[] in, int length, byte[] out, int at) {
        int full = length - length % 3;
        int i = 0;
        while (i < full) {
            int bits = (in[i++] & 0xFF) << 16 | (in[i++] & 0xFF) << 8 | (in[i++] & 0xFF);
            out[at++] = ALPHABET[bits >>> 18];
            out[at++] = ALPHABET[(bits >>> 12) & 0x3F];
            out[at++] = ALPHABET[(bits >>> 6) & 0x3F];
            out[at++] = ALPHABET[bits & 0x3F];
        }
        if (length - full == 1) {
            int bits = (in[i] & 0xFF) << 16;
            out[at++] = ALPHABET[bits >>> 18];
            out[at] = ALPHABET[(bits >>> 12) & 0x3F];
        }
        else if (length - full == 2) {
            int bits = (in[i] & 0xFF) << 16 | (in[i + 1] & 0xFF) << 8;
            out[at++] = ALPHABET[bits >>> 18];
            out[at++] = ALPHABET[(bits >>> 12) & 0x3F];
            out[at] = ALPHABET[(bits >>> 6) & 0x3F];
        }
    }

    @Override
    public String toString() {
        return "LiveKitSigner[HS256]";
    }
}
