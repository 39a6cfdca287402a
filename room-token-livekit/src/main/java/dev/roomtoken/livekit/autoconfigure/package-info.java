/**
 * LiveKit in room-token's auto-configuration: the {@code roomtoken.livekit.*} properties, their
 * checks, and the provider that the shared auto-configuration makes a {@code RoomTokenTemplate}
 * for.
 */
@NullMarked
package dev.roomtoken.livekit.autoconfigure;

import org.jspecify.annotations.NullMarked;
