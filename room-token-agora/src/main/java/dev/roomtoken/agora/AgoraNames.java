package dev.roomtoken.agora;

import dev.roomtoken.InvalidRoomTokenRequestException;

/**
 * Agora's rules for channel names and user accounts: the same 89 characters (a-z, A-Z, 0-9, space
 * and {@code !#$%&()+-:;<=.>?@[]^_{}|~,}), at most 64 bytes for a channel name and 255 for a user
 * account. Agora's client SDKs refuse anything else when joining, so a token for it would be of no
 * use. The characters are all ASCII, so a name's bytes are its characters.
 */
final class AgoraNames {

    /** The most bytes a channel name takes. */
    static final int MAX_CHANNEL_LENGTH = 64;

    /** The most bytes a user account takes. */
    static final int MAX_USER_ACCOUNT_LENGTH = 255;

    /** The punctuation Agora allows besides letters, digits and space. */
    static final String PUNCTUATION = "!#$%&()+-:;<=.>?@[]^_{}|~,";

    private static final String CHARACTERS = "a-z, A-Z, 0-9, space and " + PUNCTUATION;

    private AgoraNames() {
    }

    /**
     * Checks a channel name.
     * @param field the field to name if it breaks a rule
     * @param channel the channel name
     * @throws InvalidRoomTokenRequestException naming the field and the rule
     */
    static void checkChannel(String field, String channel) {
        check(field, channel, MAX_CHANNEL_LENGTH, "channel name");
    }

    /**
     * Checks a user account.
     * @param field the field to name if it breaks a rule
     * @param userAccount the user account
     * @throws InvalidRoomTokenRequestException naming the field and the rule
     */
    static void checkUserAccount(String field, String userAccount) {
        check(field, userAccount, MAX_USER_ACCOUNT_LENGTH, "user account");
    }

    private static void check(String field, String value, int max, String what) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAllowed(c)) {
                throw new InvalidRoomTokenRequestException(field, "must use only the characters of an Agora " + what
                        + " (" + CHARACTERS + "), found " + String.format("U+%04X", value.codePointAt(i))
                        + " at index " + i);
            }
        }
        if (value.length() > max) {
            throw new InvalidRoomTokenRequestException(field,
                    "must be at most " + max + " characters (an Agora " + what + "'s limit), was " + value.length());
        }
    }

    private static boolean isAllowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' '
                || PUNCTUATION.indexOf(c) >= 0;
    }
}
