/**
 * Agora's part of the embedded emulator of {@code room-token-test}: the credentials an application on
 * the emulator signs with. Loaded only when the emulator runs.
 */
@NullMarked
package dev.roomtoken.agora.emulator;

import org.jspecify.annotations.NullMarked;
