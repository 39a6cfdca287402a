package dev.roomtoken.signalwire.emulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.roomtoken.test.EmulatorJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * SignalWire's rules for {@code POST /api/video/room_tokens}, as its API document states them;
 * each broken rule becomes one item of a 422 answer.
 */
final class SignalWireRules {

    static final String ERROR_CODES_URL = "https://developer.signalwire.com/rest/overview/error-codes";

    private static final Pattern ROOM_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    /** RFC 3339's {@code date-fullyear "-"}: four digits, no sign. */
    private static final Pattern RFC_3339_YEAR = Pattern.compile("[0-9]{4}-");

    private static final Set<String> BOOLEANS = Set.of("join_audio_muted", "join_video_muted", "auto_create_room",
            "enable_room_previews", "end_room_session_on_leave", "sync_audio_video");

    private static final Set<String> FIELDS = Set.of("room_name", "user_name", "permissions", "join_from", "join_until",
            "remove_at", "remove_after_seconds_elapsed", "join_audio_muted", "join_video_muted", "auto_create_room",
            "enable_room_previews", "room_display_name", "end_room_session_on_leave", "join_as", "media_allowed",
            "room_meta", "meta", "sync_audio_video");

    private final List<Map<String, Object>> errors = new ArrayList<>();

    private SignalWireRules() {
    }

    /** Every broken rule of the body, empty when it is valid. */
    static List<Map<String, Object>> check(JsonNode body) {
        SignalWireRules rules = new SignalWireRules();
        rules.checkAll(body);
        return rules.errors;
    }

    private void checkAll(JsonNode body) {
        body.propertyNames().stream().filter((name) -> !FIELDS.contains(name)).sorted()
            .forEach((name) -> error("unknown_parameter", name, name + " is not a parameter of this endpoint"));
        JsonNode roomName = body.get("room_name");
        if (roomName == null || !roomName.isString() || roomName.asString().isEmpty()) {
            error("missing_required_parameter", "room_name", "room_name is required");
        }
        else if (!ROOM_NAME.matcher(roomName.asString()).matches()) {
            error("invalid_parameter", "room_name", "room_name must match ^[A-Za-z0-9_-]+$");
        }
        else {
            maxLength(body, "room_name", 100);
        }
        maxLength(body, "user_name", 100);
        maxLength(body, "room_display_name", 200);
        checkPermissions(body.get("permissions"));
        Instant joinFrom = instant(body, "join_from");
        Instant joinUntil = instant(body, "join_until");
        instant(body, "remove_at");
        if (joinFrom != null && joinUntil != null && joinFrom.isAfter(joinUntil)) {
            error("invalid_parameter", "join_from", "join_from must not be after join_until");
        }
        JsonNode removeAfter = body.get("remove_after_seconds_elapsed");
        if (removeAfter != null && (!removeAfter.isIntegralNumber() || removeAfter.asLong() < 0
                || removeAfter.asLong() > 200_000)) {
            error("invalid_parameter", "remove_after_seconds_elapsed",
                    "remove_after_seconds_elapsed must be an integer from 0 to 200000");
        }
        BOOLEANS.stream().sorted().filter((name) -> body.has(name) && !body.get(name).isBoolean())
            .forEach((name) -> error("invalid_parameter", name, name + " must be a boolean"));
        oneOf(body, "join_as", Set.of("member", "audience"));
        oneOf(body, "media_allowed", Set.of("audio-only", "video-only", "all"));
        meta(body, "room_meta");
        meta(body, "meta");
    }

    private void maxLength(JsonNode body, String field, int max) {
        JsonNode value = body.get(field);
        if (value == null) {
            return;
        }
        if (!value.isString()) {
            error("invalid_parameter", field, field + " must be a string");
        }
        else if (characters(value.asString()) > max) {
            error("invalid_parameter", field, field + " must be at most " + max + " characters");
        }
    }

    private void checkPermissions(@Nullable JsonNode permissions) {
        if (permissions == null) {
            return;
        }
        boolean valid = permissions.isArray() && permissions.valueStream()
            .allMatch((permission) -> permission.isString() && permission.asString().matches("\\S+"));
        if (!valid) {
            error("invalid_parameter", "permissions", "permissions must be a list of permission strings");
        }
    }

    private @Nullable Instant instant(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        Instant instant = value.isString() ? parse(value.asString()) : null;
        if (instant == null) {
            error("invalid_parameter", field, field + " must be an RFC 3339 datetime or a date");
        }
        return instant;
    }

    /**
     * Reads an RFC 3339 datetime (seconds required, any offset, a leap second such as the API
     * document's own {@code 2022-01-01T23:59:60Z} read as the second before), or a date alone as
     * midnight UTC; {@code null} if it is neither. The year has exactly four digits, as RFC 3339's
     * {@code date-fullyear}: {@code java.time}'s {@code +3170900-09-30T02:40:10Z} is not RFC 3339.
     */
    static @Nullable Instant parse(String value) {
        if (!RFC_3339_YEAR.matcher(value).lookingAt()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return DateTimeFormatter.ISO_INSTANT.parse(value, Instant::from);
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    /**
     * A string's length as SignalWire's limits count it: Unicode code points, as JSON Schema's
     * {@code maxLength} does. An emoji such as U+1F600 is one character (two UTF-16 units); a
     * combining mark is one character of its own.
     */
    static int characters(String value) {
        return value.codePointCount(0, value.length());
    }

    private void oneOf(JsonNode body, String field, Set<String> allowed) {
        JsonNode value = body.get(field);
        if (value != null && (!value.isString() || !allowed.contains(value.asString()))) {
            error("invalid_parameter", field, field + " must be one of " + allowed.stream().sorted().toList());
        }
    }

    private void meta(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return;
        }
        if (!value.isObject()) {
            error("invalid_parameter", field, field + " must be a JSON object");
        }
        else if (characters(EmulatorJson.write(value)) > 2000) {
            error("invalid_parameter", field, field + " must be at most 2000 characters when serialized to JSON");
        }
    }

    private void error(String code, String attribute, String message) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "validation_error");
        item.put("code", code);
        item.put("message", message);
        item.put("attribute", attribute);
        item.put("url", ERROR_CODES_URL);
        this.errors.add(item);
    }
}
