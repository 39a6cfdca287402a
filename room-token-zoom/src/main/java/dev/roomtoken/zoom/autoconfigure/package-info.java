/**
 * Zoom Video SDK in room-token's auto-configuration: the {@code roomtoken.zoom.*} properties, their
 * checks, and the provider that the shared auto-configuration makes a {@code RoomTokenTemplate} for.
 */
@NullMarked
package dev.roomtoken.zoom.autoconfigure;

import org.jspecify.annotations.NullMarked;
