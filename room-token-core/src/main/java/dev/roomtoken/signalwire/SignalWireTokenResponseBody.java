package dev.roomtoken.signalwire;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The JSON answer of a successful {@code POST /api/video/room_tokens}. Other fields are ignored.
 */
record SignalWireTokenResponseBody(@JsonProperty("token") @Nullable String token) {
}
