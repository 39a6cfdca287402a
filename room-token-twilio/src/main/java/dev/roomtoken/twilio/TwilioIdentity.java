package dev.roomtoken.twilio;

import dev.roomtoken.InvalidRoomTokenRequestException;

/**
 * How Twilio Video counts a participant identity's length: at most 128 characters, "double-byte
 * characters counted as 2" (Twilio Video error 53200), read here as every character outside ASCII
 * counting 2, whatever its UTF-16 length.
 */
final class TwilioIdentity {

    /** The most characters an identity has, as Twilio Video counts them. */
    static final int MAX_LENGTH = 128;

    private TwilioIdentity() {
    }

    /**
     * The length of an identity as Twilio Video counts it.
     * @param identity the identity
     * @return its ASCII characters plus twice its other characters (Unicode code points)
     */
    static int length(String identity) {
        int length = 0;
        for (int i = 0; i < identity.length(); i++) {
            char c = identity.charAt(i);
            if (c < 0x80) {
                length++;
            }
            else {
                length += 2;
                if (Character.isHighSurrogate(c) && i + 1 < identity.length()
                        && Character.isLowSurrogate(identity.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return length;
    }

    /**
     * Checks an identity's length.
     * @param identity the identity
     * @throws InvalidRoomTokenRequestException naming the limit and the identity's length
     */
    static void check(String identity) {
        int length = length(identity);
        if (length > MAX_LENGTH) {
            throw new InvalidRoomTokenRequestException("identity", "must be at most " + MAX_LENGTH
                    + " characters, each one outside ASCII counted as 2 (was " + length + ")");
        }
    }
}
