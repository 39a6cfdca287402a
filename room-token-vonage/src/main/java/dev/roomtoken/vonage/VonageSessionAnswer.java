package dev.roomtoken.vonage;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One element of {@code POST /session/create}'s answer, a JSON array of one session:
 * {@code [{"session_id": "...", "application_id": "...", "create_dt": "...", "media_server_url": ""}]}.
 * Only the session id is read, as whatever JSON value it is, so that anything but a string can be
 * refused instead of coerced into one.
 */
record VonageSessionAnswer(@JsonProperty("session_id") @Nullable Object sessionId) {
}
