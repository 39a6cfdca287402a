/**
 * Vonage's part of the embedded emulator of {@code room-token-test}: the Video API's session
 * creation, and the credentials an application on the emulator signs with. Loaded only when the
 * emulator runs.
 */
@NullMarked
package dev.roomtoken.vonage.emulator;

import org.jspecify.annotations.NullMarked;
