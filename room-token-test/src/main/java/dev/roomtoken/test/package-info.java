/**
 * Test support: {@link dev.roomtoken.test.RoomTokenEmulator}, an embedded emulator of SignalWire's
 * and Telnyx's token APIs that validates requests as the providers do, keeps a journal and
 * injects faults.
 */
@NullMarked
package dev.roomtoken.test;

import org.jspecify.annotations.NullMarked;
