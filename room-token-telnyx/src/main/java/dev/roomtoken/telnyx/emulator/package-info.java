/**
 * Telnyx's endpoints on the embedded emulator of {@code room-token-test}: its
 * {@code generate_join_client_token} and {@code refresh_client_token}. Loaded only where the
 * emulator runs ({@code room-token-test} is an optional dependency of this module).
 */
@NullMarked
package dev.roomtoken.telnyx.emulator;

import org.jspecify.annotations.NullMarked;
