package dev.roomtoken.daily;

import org.jspecify.annotations.Nullable;

/**
 * The meeting token properties the client writes, each with its name in the REST body
 * (<a href="https://docs.daily.co/reference/rest-api/meeting-tokens/create-meeting-token">create meeting token</a>)
 * and its name in a self-signed token
 * (<a href="https://docs.daily.co/reference/rest-api/meeting-tokens/self-signing-tokens">token property abbreviations</a>),
 * in the order they are written. A property with no abbreviation cannot be self-signed:
 * {@code enable_prejoin_ui}, {@code enable_live_captions_ui} and {@code enable_terse_logging} have
 * none in Daily's table. {@code permissions}, abbreviated {@code p}, also abbreviates the names
 * inside it ({@link DailyPermissions}).
 */
enum DailyProperty {

    ROOM_NAME("room_name", "r", "room"),

    NBF("nbf", "nbf", "notBefore"),

    EXP("exp", "exp", "expiresAt"),

    USER_ID("user_id", "ud", "identity"),

    USER_NAME("user_name", "u", "displayName"),

    IS_OWNER("is_owner", "o", "owner"),

    EJECT_AT_TOKEN_EXP("eject_at_token_exp", "ejt", "ejectAtTokenExp"),

    EJECT_AFTER_ELAPSED("eject_after_elapsed", "eje", "ejectAfterElapsed"),

    ENABLE_SCREENSHARE("enable_screenshare", "ss", "enableScreenshare"),

    START_VIDEO_OFF("start_video_off", "vo", "startVideoOff"),

    START_AUDIO_OFF("start_audio_off", "ao", "startAudioOff"),

    ENABLE_RECORDING("enable_recording", "er", "enableRecording"),

    ENABLE_PREJOIN_UI("enable_prejoin_ui", null, "enablePrejoinUi"),

    ENABLE_LIVE_CAPTIONS_UI("enable_live_captions_ui", null, "enableLiveCaptionsUi"),

    ENABLE_RECORDING_UI("enable_recording_ui", "erui", "enableRecordingUi"),

    ENABLE_TERSE_LOGGING("enable_terse_logging", null, "enableTerseLogging"),

    KNOCKING("knocking", "k", "knocking"),

    START_CLOUD_RECORDING("start_cloud_recording", "sr", "startCloudRecording"),

    START_CLOUD_RECORDING_OPTS("start_cloud_recording_opts", "sro", "startCloudRecordingOpts"),

    AUTO_START_TRANSCRIPTION("auto_start_transcription", "ast", "autoStartTranscription"),

    CLOSE_TAB_ON_EXIT("close_tab_on_exit", "ctoe", "closeTabOnExit"),

    REDIRECT_ON_MEETING_EXIT("redirect_on_meeting_exit", "rome", "redirectOnMeetingExit"),

    LANG("lang", "uil", "lang"),

    PERMISSIONS("permissions", "p", "permissions");

    private final String restName;

    private final @Nullable String abbreviation;

    private final String field;

    DailyProperty(String restName, @Nullable String abbreviation, String field) {
        this.restName = restName;
        this.abbreviation = abbreviation;
        this.field = field;
    }

    /** The property's name in the REST body's {@code properties}. */
    String restName() {
        return this.restName;
    }

    /** Its name in a self-signed token, or {@code null} when it cannot be self-signed. */
    @Nullable String abbreviation() {
        return this.abbreviation;
    }

    /** The Java field it comes from, as errors name it. */
    String field() {
        return this.field;
    }
}
