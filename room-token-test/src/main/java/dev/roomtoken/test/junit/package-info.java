/**
 * JUnit Jupiter support for tests without Spring:
 * {@link dev.roomtoken.test.junit.RoomTokenEmulatorExtension} starts one emulator per test class
 * and injects it. Needs {@code junit-jupiter-api} on the test class path.
 */
@NullMarked
package dev.roomtoken.test.junit;

import org.jspecify.annotations.NullMarked;
