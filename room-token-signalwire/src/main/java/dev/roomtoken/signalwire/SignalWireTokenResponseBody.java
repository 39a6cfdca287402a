package dev.roomtoken.signalwire;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The JSON answer of a successful {@code POST /api/video/room_tokens}. Other fields are ignored.
 * The token is read as whatever JSON value it is, so that anything but a string can be refused
 * instead of coerced into one.
 */
record SignalWireTokenResponseBody(@JsonProperty("token") @Nullable Object token) {
}
