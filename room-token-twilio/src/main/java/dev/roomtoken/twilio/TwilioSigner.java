package dev.roomtoken.twilio;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Signs Twilio Video tokens with HS256 in the compact form, {@code header.payload.signature}, each
 * part base64url without padding (RFC 7515): the same tokens as core's
 * {@link dev.roomtoken.signing.JsonWebSigner} makes of the same header and claims (the tests hold
 * them to it, byte for byte), at a fraction of its cost. The header,
 * {@code {"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"}} and {@code twr} with a region, is
 * encoded once; the payload comes as JSON bytes from {@link TwilioJsonWriter}; each token is
 * encoded into one array and signed by its own copy of the keyed HMAC, so the signer is
 * thread-safe, on virtual threads too, and keeps no per-thread state.
 */
final class TwilioSigner {

    private static final byte[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        .getBytes(StandardCharsets.US_ASCII);

    private static final int SIGNATURE_CHARACTERS = 43;

    /** The content type Twilio's access tokens declare, {@code cty}. */
    static final String CONTENT_TYPE = "twilio-fpa;v=1";

    private final byte[] header;

    private final Mac prototype;

    /**
     * Prepares the key and the header.
     * @param secret the API key's secret
     * @param region the region for {@code twr}, or {@code null} for none; letters and digits only
     */
    TwilioSigner(byte[] secret, @Nullable String region) {
        TwilioJsonWriter headerJson = new TwilioJsonWriter(96).raw("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"cty\":\"")
            .raw(CONTENT_TYPE)
            .raw("\"");
        if (region != null) {
            headerJson.raw(",\"twr\":").string(region);
        }
        byte[] json = headerJson.raw("}").toByteArray();
        byte[] encoded = new byte[encodedLength(json.length) + 1];
        encode(json, json.length, encoded, 0);
        encoded[encoded.length - 1] = '.';
        this.header = encoded;
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
        byte[] header = this.header;
        int signingInputLength = header.length + encodedLength(length);
        byte[] token = new byte[signingInputLength + 1 + SIGNATURE_CHARACTERS];
        System.arraycopy(header, 0, token, 0, header.length);
        encode(payload, length, token, header.length);
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

    private static int encodedLength(int length) {
        return (length / 3) * 4 + ((length % 3 == 0) ? 0 : length % 3 + 1);
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
        return "TwilioSigner[HS256]";
    }
}
