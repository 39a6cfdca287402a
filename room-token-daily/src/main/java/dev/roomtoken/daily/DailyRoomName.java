package dev.roomtoken.daily;

import dev.roomtoken.InvalidRoomTokenRequestException;

/**
 * Daily's rule for a room name: "A room name can include only the uppercase and lowercase ascii
 * letters, numbers, dash and underscore ... The room name cannot exceed 128 characters."
 * (<a href="https://docs.daily.co/reference/rest-api/rooms/create-room">create room</a>). A token is
 * always for one room: Daily recommends always setting {@code room_name}, and a token without one
 * opens every room of the domain.
 */
final class DailyRoomName {

    /** The most characters a room name takes. */
    static final int MAX_LENGTH = 128;

    private DailyRoomName() {
    }

    static String check(String room) {
        if (room.length() > MAX_LENGTH) {
            throw new InvalidRoomTokenRequestException("room", "must be at most " + MAX_LENGTH
                    + " characters, Daily's limit on a room name (was " + room.length() + ")");
        }
        for (int i = 0; i < room.length(); i++) {
            char c = room.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
                throw new InvalidRoomTokenRequestException("room", "must match ^[A-Za-z0-9_-]+$, Daily's room names");
            }
        }
        return room;
    }
}
