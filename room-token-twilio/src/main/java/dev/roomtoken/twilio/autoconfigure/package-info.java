/**
 * Twilio Video in room-token's auto-configuration: the {@code roomtoken.twilio.*} properties,
 * their checks, and the provider that the shared auto-configuration makes a
 * {@code RoomTokenTemplate} for.
 */
@NullMarked
package dev.roomtoken.twilio.autoconfigure;

import org.jspecify.annotations.NullMarked;
