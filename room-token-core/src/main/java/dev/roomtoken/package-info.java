/**
 * The room-token API: {@link dev.roomtoken.RoomTokenTemplate} mints the tokens that browser and
 * mobile clients use to join a video room, from whichever provider the application is configured
 * for.
 */
@NullMarked
package dev.roomtoken;

import org.jspecify.annotations.NullMarked;
