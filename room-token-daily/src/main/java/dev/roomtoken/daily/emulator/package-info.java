/**
 * Daily's part of the embedded emulator of {@code room-token-test}: its create-meeting-token
 * endpoint. Loaded only when the emulator runs.
 */
@NullMarked
package dev.roomtoken.daily.emulator;

import org.jspecify.annotations.NullMarked;
