/**
 * SignalWire's endpoint on the embedded emulator of {@code room-token-test}: its
 * {@code POST /api/video/room_tokens} with the API document's rules. Loaded only where the emulator
 * runs ({@code room-token-test} is an optional dependency of this module).
 */
@NullMarked
package dev.roomtoken.signalwire.emulator;

import org.jspecify.annotations.NullMarked;
