package dev.roomtoken.signing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Writes the JSON of a token's claims as UTF-8 bytes, by hand: a token's claims are a fixed set of
 * strings, numbers, booleans and string maps, and writing them directly costs a fraction of a
 * general mapper's work per token. Strings are escaped as Jackson escapes them ({@code \"},
 * {@code \\}, the short escapes of {@code \b \f \n \r \t}, {@code \}{@code u00XX} for other control
 * characters, everything else as UTF-8; a lone surrogate, which UTF-8 cannot carry, as its
 * {@code \}{@code uXXXX} escape), so a token reads back exactly as written. Not thread-safe: one
 * writer per token. Its bytes are signed by {@link JsonWebSigner#sign(JsonClaimsWriter)}.
 *
 * @since 0.1.0
 */
public final class JsonClaimsWriter {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private byte[] buffer;

    private int length;

    /**
     * A writer with room for the given number of bytes; it grows when it needs more.
     * @param capacity the bytes to make room for
     */
    public JsonClaimsWriter(int capacity) {
        this.buffer = new byte[capacity];
    }

    /**
     * Appends bytes that are already JSON.
     * @param json the JSON bytes
     * @return this writer
     */
    public JsonClaimsWriter raw(byte[] json) {
        ensure(json.length);
        System.arraycopy(json, 0, this.buffer, this.length, json.length);
        this.length += json.length;
        return this;
    }

    /**
     * Appends ASCII text that is already JSON, such as {@code ,"exp":}.
     * @param asciiJson the ASCII JSON text
     * @return this writer
     */
    public JsonClaimsWriter raw(String asciiJson) {
        int size = asciiJson.length();
        ensure(size);
        for (int i = 0; i < size; i++) {
            this.buffer[this.length++] = (byte) asciiJson.charAt(i);
        }
        return this;
    }

    /**
     * Appends a JSON string.
     * @param value the value
     * @return this writer
     */
    public JsonClaimsWriter string(String value) {
        int size = value.length();
        // one byte for each character and the quotes; a character that takes more makes room first
        ensure(size + 2);
        byte[] out = this.buffer;
        int at = this.length;
        out[at++] = '"';
        for (int i = 0; i < size; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                out[at++] = (byte) c;
                continue;
            }
            this.length = at;
            ensure(6 + (size - i));
            out = this.buffer;
            if (c < 0x80) {
                at = escape(out, at, c);
            }
            else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            }
            else if (Character.isHighSurrogate(c) && i + 1 < size && Character.isLowSurrogate(value.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, value.charAt(++i));
                out[at++] = (byte) (0xF0 | (codePoint >> 18));
                out[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                out[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (codePoint & 0x3F));
            }
            else if (Character.isSurrogate(c)) {
                at = unicodeEscape(out, at, c);
            }
            else {
                out[at++] = (byte) (0xE0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        out[at++] = '"';
        this.length = at;
        return this;
    }

    private static int escape(byte[] out, int at, char c) {
        char shortEscape = switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\f' -> 'f';
            case '\n' -> 'n';
            case '\r' -> 'r';
            case '\t' -> 't';
            default -> 0;
        };
        if (shortEscape == 0) {
            return unicodeEscape(out, at, c);
        }
        out[at] = '\\';
        out[at + 1] = (byte) shortEscape;
        return at + 2;
    }

    private static int unicodeEscape(byte[] out, int at, char c) {
        out[at] = '\\';
        out[at + 1] = 'u';
        out[at + 2] = HEX[(c >> 12) & 0xF];
        out[at + 3] = HEX[(c >> 8) & 0xF];
        out[at + 4] = HEX[(c >> 4) & 0xF];
        out[at + 5] = HEX[c & 0xF];
        return at + 6;
    }

    /**
     * Appends a JSON number.
     * @param value the value
     * @return this writer
     */
    public JsonClaimsWriter number(long value) {
        return raw(Long.toString(value));
    }

    /**
     * Appends {@code true} or {@code false}.
     * @param value the value
     * @return this writer
     */
    public JsonClaimsWriter bool(boolean value) {
        return raw(value ? "true" : "false");
    }

    /**
     * Appends a JSON object of strings.
     * @param values the names and values, in order
     * @return this writer
     */
    public JsonClaimsWriter object(Map<String, String> values) {
        raw("{");
        boolean first = true;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (!first) {
                raw(",");
            }
            first = false;
            string(entry.getKey()).raw(":").string(entry.getValue());
        }
        return raw("}");
    }

    /**
     * Appends a JSON object of claims, in the map's order, leaving out those whose value is
     * {@code null}.
     * @param claims the claims
     * @return this writer
     */
    public JsonClaimsWriter claims(Map<String, ?> claims) {
        raw("{");
        boolean first = true;
        for (Map.Entry<String, ?> entry : claims.entrySet()) {
            Object value = entry.getValue();
            if (value == null) {
                continue;
            }
            if (!first) {
                raw(",");
            }
            first = false;
            string(entry.getKey()).raw(":").value(value);
        }
        return raw("}");
    }

    /**
     * Appends any value of a claim: a string, number, boolean, {@code null}, map with string keys
     * or list of those.
     * @param value the value
     * @return this writer
     * @throws IllegalArgumentException for a value of another type, or a number that is not finite
     */
    public JsonClaimsWriter value(@Nullable Object value) {
        if (value == null) {
            return raw("null");
        }
        if (value instanceof String text) {
            return string(text);
        }
        if (value instanceof Boolean bool) {
            return bool(bool);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return number(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal
                || value instanceof BigInteger) {
            if (!Double.isFinite(((Number) value).doubleValue())) {
                throw new IllegalArgumentException("Not a finite number: " + value);
            }
            return raw(value.toString());
        }
        if (value instanceof Map<?, ?> map) {
            raw("{");
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    raw(",");
                }
                first = false;
                string((String) entry.getKey()).raw(":").value(entry.getValue());
            }
            return raw("}");
        }
        if (value instanceof List<?> list) {
            raw("[");
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    raw(",");
                }
                value(list.get(i));
            }
            return raw("]");
        }
        throw new IllegalArgumentException("Not a claim value: " + value.getClass().getName());
    }

    /**
     * How many bytes are written.
     * @return the length
     */
    public int length() {
        return this.length;
    }

    /**
     * The bytes written, shared: read them before writing more.
     * @return the bytes
     */
    public byte[] buffer() {
        return this.buffer;
    }

    /**
     * A copy of the bytes written.
     * @return the bytes
     */
    public byte[] toByteArray() {
        return Arrays.copyOf(this.buffer, this.length);
    }

    private void ensure(int more) {
        if (this.length + more > this.buffer.length) {
            this.buffer = Arrays.copyOf(this.buffer, Math.max(this.buffer.length * 2, this.length + more));
        }
    }
}
