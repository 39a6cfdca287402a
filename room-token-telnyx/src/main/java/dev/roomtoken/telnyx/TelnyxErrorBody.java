package dev.roomtoken.telnyx;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Telnyx's error answer: {@code {"errors":[{"code","title","detail","source":{"pointer"}}]}}.
 */
record TelnyxErrorBody(@JsonProperty("errors") @Nullable List<Item> errors) {

    record Item(@JsonProperty("code") @Nullable String code, @JsonProperty("title") @Nullable String title,
            @JsonProperty("detail") @Nullable String detail, @JsonProperty("source") @Nullable Source source) {
    }

    record Source(@JsonProperty("pointer") @Nullable String pointer,
            @JsonProperty("parameter") @Nullable String parameter) {
    }
}
