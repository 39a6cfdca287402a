/**
 * Vonage in room-token's auto-configuration: the {@code roomtoken.vonage.*} properties, their checks,
 * and the provider that the shared auto-configuration makes a {@code RoomTokenTemplate} for.
 */
@NullMarked
package dev.roomtoken.vonage.autoconfigure;

import org.jspecify.annotations.NullMarked;
