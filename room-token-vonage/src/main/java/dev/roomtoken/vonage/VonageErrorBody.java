package dev.roomtoken.vonage;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The Video API's error answer, in either of the shapes Vonage sends: the Video API's own
 * {@code {"code": 400, "message": "...", "description": "..."}} or Vonage's problem details
 * {@code {"type": "...", "title": "...", "detail": "..."}}. Read as whatever JSON values they are,
 * so that anything but text (or a number, for {@code code}) is left out instead of coerced.
 *
 * @param code the error code
 * @param message the Video API's message
 * @param description the Video API's longer description
 * @param title the problem's title
 * @param detail the problem's detail
 */
record VonageErrorBody(@JsonProperty("code") @Nullable Object code, @JsonProperty("message") @Nullable Object message,
        @JsonProperty("description") @Nullable Object description, @JsonProperty("title") @Nullable Object title,
        @JsonProperty("detail") @Nullable Object detail) {
}
