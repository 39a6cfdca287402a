package dev.roomtoken.daily;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a self-signed Daily token means, as the REST properties it stands for: its claims with
 * Daily's abbreviations spelled out, from the table of
 * https://docs.daily.co/reference/rest-api/meeting-tokens/self-signing-tokens ("Configuration
 * properties in tokens use the following abbreviations"), written out here again rather than taken
 * from the code under test, and the names inside {@code p} from the same page's "Permissions
 * abbreviations" ({@code hp} hasPresence, {@code cs} canSend as a boolean or letters separated by
 * commas, {@code cr} canReceive with {@code b} base). {@code iat} and {@code d} (the domain id)
 * have no REST property: they are returned apart.
 */
final class DailyTokenMeaning {

    /** Abbreviation to REST name, as Daily's table lists them. */
    static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("nbf", "nbf"), Map.entry("exp", "exp"),
            Map.entry("d", "domain_id"), Map.entry("r", "room_name"), Map.entry("ud", "user_id"),
            Map.entry("u", "user_name"), Map.entry("o", "is_owner"), Map.entry("k", "knocking"),
            Map.entry("ctoe", "close_tab_on_exit"), Map.entry("rome", "redirect_on_meeting_exit"),
            Map.entry("ij", "intercom_join_alert"), Map.entry("sr", "start_cloud_recording"),
            Map.entry("sro", "start_cloud_recording_opts"), Map.entry("ast", "auto_start_transcription"),
            Map.entry("er", "enable_recording"), Map.entry("ss", "enable_screenshare"),
            Map.entry("vo", "start_video_off"), Map.entry("ao", "start_audio_off"),
            Map.entry("mjh", "meeting_join_hook"), Map.entry("ejt", "eject_at_token_exp"),
            Map.entry("eje", "eject_after_elapsed"), Map.entry("uil", "lang"),
            Map.entry("erui", "enable_recording_ui"), Map.entry("p", "permissions"));

    /** Inside {@code p}: abbreviation to permission name, as Daily's page lists them. */
    static final Map<String, String> PERMISSION_ABBREVIATIONS = Map.of("hp", "hasPresence", "cs", "canSend", "cr",
            "canReceive");

    /** The letters of {@code cs}: "v" video, "a" audio, "sv" screenVideo, "sa" screenAudio. */
    static final Map<String, String> MEDIA_LETTERS = Map.of("v", "video", "a", "audio", "sv", "screenVideo", "sa",
            "screenAudio");

    private DailyTokenMeaning() {
    }

    /**
     * The REST properties a self-signed token's claims stand for, without {@code iat} and
     * {@code d}; a claim Daily's table does not list fails the test.
     */
    static Map<String, Object> properties(Map<String, Object> claims) {
        Map<String, Object> properties = new LinkedHashMap<>();
        claims.forEach((claim, value) -> {
            if (claim.equals("iat") || claim.equals("d")) {
                return;
            }
            String name = ABBREVIATIONS.get(claim);
            if (name == null) {
                throw new AssertionError("claim '" + claim + "' is not in Daily's abbreviation table");
            }
            properties.put(name, claim.equals("p") ? permissions(value) : value);
        });
        return properties;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> permissions(Object p) {
        Map<String, Object> permissions = new LinkedHashMap<>();
        ((Map<String, Object>) p).forEach((claim, value) -> {
            String name = PERMISSION_ABBREVIATIONS.get(claim);
            if (name == null) {
                throw new AssertionError("permission '" + claim + "' is not in Daily's permissions abbreviations");
            }
            permissions.put(name, switch (claim) {
                case "cs" -> (value instanceof String letters) ? mediaKinds(letters) : value;
                case "cr" -> canReceive((Map<String, Object>) value);
                default -> value;
            });
        });
        return permissions;
    }

    private static List<String> mediaKinds(String letters) {
        return Arrays.stream(letters.split(",")).map((letter) -> {
            String kind = MEDIA_LETTERS.get(letter);
            if (kind == null) {
                throw new AssertionError("'" + letter + "' in cs is not one of Daily's letters");
            }
            return kind;
        }).toList();
    }

    private static Map<String, Object> canReceive(Map<String, Object> cr) {
        Map<String, Object> canReceive = new LinkedHashMap<>();
        cr.forEach((claim, value) -> {
            if (!claim.equals("b")) {
                throw new AssertionError("'" + claim + "' in cr is not in Daily's permissions abbreviations");
            }
            canReceive.put("base", value);
        });
        return canReceive;
    }
}
