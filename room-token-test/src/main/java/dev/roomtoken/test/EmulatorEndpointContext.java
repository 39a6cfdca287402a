package dev.roomtoken.test;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a {@link RoomTokenEmulator} gives the endpoints it starts, through
 * {@link EmulatorEndpointFactory#create(EmulatorEndpointContext)}: the clock that token lifetimes
 * are judged by, the minter of the tokens it answers with, and the values of the settings that
 * the emulator's user fixed ({@link RoomTokenEmulator.Builder#setting(String, String)}). Support
 * for endpoint implementations; tests do not need it.
 *
 * @since 0.1.0
 */
public final class EmulatorEndpointContext {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    private final TokenMinter tokens;

    private final Map<String, String> fixed;

    private final Set<String> read = new LinkedHashSet<>();

    EmulatorEndpointContext(Clock clock, TokenMinter tokens, Map<String, String> fixed) {
        this.clock = clock;
        this.tokens = tokens;
        this.fixed = new LinkedHashMap<>(fixed);
    }

    /**
     * The clock that token lifetimes and expiry are judged by: the system clock, or the one a test
     * moves on ({@link RoomTokenEmulator.Builder#clock(Clock)}).
     * @return the clock
     */
    public Clock clock() {
        return this.clock;
    }

    /**
     * Mints the emulator's tokens, which {@link RoomTokenEmulator#decodeClaims(String)} reads back.
     * @return the emulator's minter, shared by all its endpoints
     */
    public TokenMinter tokens() {
        return this.tokens;
    }

    /**
     * The value of a setting the endpoint accepts, such as a credential: the one fixed for this
     * emulator with {@link RoomTokenEmulator.Builder#setting(String, String)}, or else a fresh one,
     * so that two emulators never accept each other's credentials. A fixed setting that no
     * endpoint asks for stops the emulator from starting, naming it.
     * @param property the property's full name, for example {@code roomtoken.daily.api-key}
     * @param generated makes the value when none is fixed, for example
     * {@code () -> "KEY" + context.randomHex(20)}
     * @return the value
     */
    public String setting(String property, Supplier<String> generated) {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(generated, "generated");
        this.read.add(property);
        String value = this.fixed.get(property);
        return (value != null) ? value : Objects.requireNonNull(generated.get(), "generated value");
    }

    /**
     * Random bytes from a {@link SecureRandom}, as lower-case hexadecimal: material for credentials.
     * @param bytes how many bytes, at least 1
     * @return twice as many hexadecimal digits
     */
    public String randomHex(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("bytes must be at least 1: " + bytes);
        }
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** The fixed settings that no endpoint asked for, in the order they were fixed. */
    Set<String> unread() {
        Set<String> unread = new LinkedHashSet<>(this.fixed.keySet());
        unread.removeAll(this.read);
        return unread;
    }
}
