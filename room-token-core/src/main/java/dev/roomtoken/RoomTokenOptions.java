package dev.roomtoken;

/**
 * Marker for provider-specific token options, carried by {@link RoomTokenRequest#options()}.
 * Each provider package has its own implementation, for example
 * {@code dev.roomtoken.signalwire.SignalWireTokenOptions}; options given to a template for
 * another provider are rejected with an {@link IllegalArgumentException}.
 *
 * @since 0.1.0
 */
public interface RoomTokenOptions {
}
