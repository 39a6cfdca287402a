package dev.roomtoken.zoom;

import dev.roomtoken.InvalidRoomTokenRequestException;

/**
 * The rule of Zoom's {@code tpc} claim, the session name: "max 200 characters. Supports
 * alphanumeric characters, spaces, and standard visible symbols (!, #, $, %, &amp;, (, ), +, -, :,
 * ;, &lt;, =, ., &gt;, ?, @, [, ], ^, _, {, }, |, ~, ,, \). Must match the session join context
 * value. Case-insensitive (converted to lowercase)."
 * (<a href="https://developers.zoom.us/docs/video-sdk/auth/">Zoom Video SDK authorization</a>).
 * Alphanumeric is read as ASCII letters and digits, the only ones the list's neighbours suggest;
 * anything else, a quote, a slash or a letter outside ASCII among them, is refused.
 */
final class ZoomSessionName {

    /** The most characters {@code tpc} takes. */
    static final int MAX_LENGTH = 200;

    private static final String SYMBOLS = " !#$%&()+-:;<=.>?@[]^_{}|~,\\";

    private static final boolean[] ALLOWED = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ALLOWED[c] = true;
            ALLOWED[Character.toUpperCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            ALLOWED[c] = true;
        }
        for (int i = 0; i < SYMBOLS.length(); i++) {
            ALLOWED[SYMBOLS.charAt(i)] = true;
        }
    }

    private ZoomSessionName() {
    }

    /**
     * Checks a room as a session name.
     * @param room the request's room
     * @return the room, unchanged: Zoom lowercases it on its side
     * @throws InvalidRoomTokenRequestException naming {@code room} and the rule it breaks
     */
    static String check(String room) {
        if (room.length() > MAX_LENGTH) {
            throw new InvalidRoomTokenRequestException("room",
                    "must be at most " + MAX_LENGTH + " characters, Zoom's limit on a session name (was "
                            + room.length() + ")");
        }
        for (int i = 0; i < room.length(); i++) {
            char c = room.charAt(i);
            if (c >= ALLOWED.length || !ALLOWED[c]) {
                throw new InvalidRoomTokenRequestException("room",
                        "must hold only ASCII letters, digits, spaces and the symbols " + SYMBOLS.strip()
                                + " (Zoom's session name characters), found U+"
                                + String.format("%04X", (int) c) + " at index " + i);
            }
        }
        return room;
    }
}
