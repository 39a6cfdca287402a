package dev.roomtoken.signalwire;

import dev.roomtoken.InvalidRoomTokenRequestException;

/**
 * How SignalWire counts the characters of its length limits ({@code room_name}, {@code user_name}:
 * 100; {@code room_display_name}: 200; {@code room_meta}, {@code meta}: 2000 as JSON): in Unicode
 * code points. The API document gives each limit as a string's {@code maxLength}, which JSON
 * Schema counts in code points, and a server written in Ruby or JavaScript-with-{@code [...s]}
 * counts the same way. An emoji outside the Basic Multilingual Plane (two UTF-16 units in Java) is
 * one character; a combining mark is a character of its own, so a decomposed {@code e\u0301} is two
 * where the precomposed {@code \u00e9} is one.
 */
final class SignalWireText {

    private SignalWireText() {
    }

    /**
     * The length of a value as SignalWire counts it.
     * @param value the value
     * @return its number of Unicode code points
     */
    static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /**
     * Checks a value against a limit given in characters.
     * @param field the field to name if the value is too long
     * @param value the value
     * @param max the most characters allowed
     * @throws InvalidRoomTokenRequestException naming the field, the limit and the value's length
     */
    static void checkMaxLength(String field, String value, int max) {
        int length = length(value);
        if (length > max) {
            throw new InvalidRoomTokenRequestException(field,
                    "must be at most " + max + " characters, counted as Unicode code points (was " + length + ")");
        }
    }
}
