package dev.roomtoken.twilio;

import java.util.regex.Pattern;

/**
 * The shape of Twilio's resource identifiers: two letters naming the kind ({@code AC} an account,
 * {@code SK} an API key) and 32 hexadecimal digits, as Twilio's API documents them
 * ({@code ^AC[0-9a-fA-F]{32}$}).
 */
final class TwilioSid {

    private static final Pattern HEX_32 = Pattern.compile("[0-9a-fA-F]{32}");

    private TwilioSid() {
    }

    /**
     * Checks a configured SID.
     * @param prefix {@code AC} or {@code SK}
     * @param value the configured value
     * @param what what the SID names, with its builder method and property, for the message
     * @return the value
     * @throws IllegalArgumentException if it is not the prefix and 32 hexadecimal digits; the value
     * is not repeated, since a secret set in the wrong property would be
     */
    static String check(String prefix, String value, String what) {
        String rule = what + " must be " + prefix + " followed by 32 hexadecimal digits, but the value given ";
        if (!value.startsWith(prefix)) {
            throw new IllegalArgumentException(rule + "does not start with " + prefix);
        }
        if (value.length() != 34 || !HEX_32.matcher(value.substring(2)).matches()) {
            throw new IllegalArgumentException(rule + "is not followed by 32 hexadecimal digits");
        }
        return value;
    }
}
