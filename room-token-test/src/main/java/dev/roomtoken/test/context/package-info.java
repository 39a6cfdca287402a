/**
 * Spring TestContext support: {@link dev.roomtoken.test.context.AutoConfigureRoomTokenEmulator}
 * gives a {@code @SpringBootTest} an embedded emulator that lives as long as its application context.
 * Needs {@code spring-test} on the test class path, as every Spring Boot test has.
 */
@NullMarked
package dev.roomtoken.test.context;

import org.jspecify.annotations.NullMarked;
