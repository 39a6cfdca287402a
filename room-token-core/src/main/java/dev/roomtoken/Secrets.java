package dev.roomtoken;

/**
 * How secrets look when a value that holds one is printed.
 */
final class Secrets {

    /** What stands in for a token, key or password in {@code toString()} and messages. */
    static final String MASK = "******";

    private Secrets() {
    }
}
