package dev.roomtoken.test.context;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a Spring test's application context at an embedded
 * {@link dev.roomtoken.test.RoomTokenEmulator}: put it on a {@code @SpringBootTest} class.
 * <ul>
 * <li>The emulator starts, on a free loopback port, when the context is created, and stops when
 * that context closes; a context that the Spring test framework caches and shares between test
 * classes keeps its emulator for as long as it is cached.</li>
 * <li>Every provider's {@code roomtoken.<provider>.base-url} and credentials are set to the
 * emulator's address and the credentials it accepts ({@link dev.roomtoken.test.RoomTokenEmulator#settings()}),
 * for each provider module on the class path that brings an emulator endpoint, above the
 * application's own configuration (properties given inline by {@code @SpringBootTest(properties = ...)}
 * or {@code @TestPropertySource} still win). Unless the configuration names a
 * {@code roomtoken.provider}, the emulator's first provider
 * ({@link dev.roomtoken.test.RoomTokenEmulator#providers()}) is the primary.</li>
 * <li>The emulator is a bean named {@code roomTokenEmulator}, so the test can
 * {@code @Autowired RoomTokenEmulator emulator}.</li>
 * <li>Its journal and fault queue are cleared before each test method.</li>
 * </ul>
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureRoomTokenEmulator
 * class JoinServiceTests {
 *     @Autowired RoomTokenEmulator emulator;
 *     ...
 * }
 * }</pre>
 *
 * The annotation is inherited, so it may sit on a base class that several test classes share.
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureRoomTokenEmulator {

}
