package dev.roomtoken.signalwire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * SignalWire's error answers: {@code {"errors":[{"type","code","message","attribute","url"}]}}
 * for a rejected request (422), {@code {"error":"Unauthorized"}} for the others.
 */
record SignalWireErrorBody(@JsonProperty("errors") @Nullable List<Item> errors,
        @JsonProperty("error") @Nullable String error) {

    record Item(@JsonProperty("type") @Nullable String type, @JsonProperty("code") @Nullable String code,
            @JsonProperty("message") @Nullable String message, @JsonProperty("attribute") @Nullable String attribute,
            @JsonProperty("url") @Nullable String url) {
    }
}
