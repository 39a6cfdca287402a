package dev.roomtoken.livekit;

import java.util.Map;

import dev.roomtoken.InvalidRoomTokenRequestException;

/**
 * The limits a LiveKit server applies when a participant joins, with the values of its default
 * configuration ({@code limit.*} in the server's YAML; LiveKit Cloud keeps them). The server counts
 * in bytes of UTF-8 ({@code len(s)} in Go), so {@code é} counts 2 and an emoji 4.
 */
final class LiveKitLimits {

    /** {@code limit.max_room_name_length}. */
    static final int MAX_ROOM_NAME_BYTES = 256;

    /** {@code limit.max_participant_identity_length}. */
    static final int MAX_IDENTITY_BYTES = 256;

    /** {@code limit.max_participant_name_length}. */
    static final int MAX_NAME_BYTES = 256;

    /** {@code limit.max_metadata_size}, for participant and room metadata. */
    static final int MAX_METADATA_BYTES = 64_000;

    /** {@code limit.max_attributes_size}: every key and value together. */
    static final int MAX_ATTRIBUTES_BYTES = 64_000;

    /** The largest value of a protobuf {@code uint32}. */
    static final long MAX_UINT32 = 0xFFFF_FFFFL;

    private LiveKitLimits() {
    }

    /**
     * The length of a value as a LiveKit server counts it.
     * @param value the value
     * @return its length in bytes of UTF-8
     */
    static int utf8Length(String value) {
        int bytes = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                bytes++;
            }
            else if (c < 0x800) {
                bytes += 2;
            }
            else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                bytes += 4;
                i++;
            }
            else {
                // a lone surrogate is written as '?', one byte
                bytes += Character.isSurrogate(c) ? 1 : 3;
            }
        }
        return bytes;
    }

    /**
     * Checks a value against a limit in bytes.
     * @param field the field to name
     * @param value the value
     * @param max the most bytes allowed
     * @throws InvalidRoomTokenRequestException naming the field, the limit and the value's length
     */
    static void checkBytes(String field, String value, int max) {
        int length = utf8Length(value);
        if (length > max) {
            throw new InvalidRoomTokenRequestException(field,
                    "must be at most " + max + " bytes in UTF-8 (was " + length + ")");
        }
    }

    /**
     * Checks attributes against the limit on their keys and values together.
     * @param field the field to name
     * @param attributes the attributes
     */
    static void checkAttributes(String field, Map<String, String> attributes) {
        int total = 0;
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            total += utf8Length(attribute.getKey()) + utf8Length(attribute.getValue());
        }
        if (total > MAX_ATTRIBUTES_BYTES) {
            throw new InvalidRoomTokenRequestException(field, "must be at most " + MAX_ATTRIBUTES_BYTES
                    + " bytes in UTF-8, keys and values together (was " + total + ")");
        }
    }

    /**
     * Checks a number against the range of a protobuf {@code uint32}.
     * @param field the field to name
     * @param value the value
     * @param unit what the number counts, for the message
     * @return the value
     */
    static long checkUint32(String field, long value, String unit) {
        if (value < 0 || value > MAX_UINT32) {
            throw new InvalidRoomTokenRequestException(field,
                    "must be between 0 and " + MAX_UINT32 + " " + unit + " (was " + value + ")");
        }
        return value;
    }
}
