package dev.roomtoken.daily;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Daily's error answer: {@code {"error": "invalid-request-error", "info": "..."}}, "error — a
 * stable string identifying the error type ... info — a human-readable description"
 * (<a href="https://docs.daily.co/docs/rest-api/errors">Daily REST API errors</a>). Read as whatever
 * JSON values they are, so that anything but a string is left out instead of coerced.
 */
record DailyErrorBody(@JsonProperty("error") @Nullable Object error, @JsonProperty("info") @Nullable Object info) {
}
