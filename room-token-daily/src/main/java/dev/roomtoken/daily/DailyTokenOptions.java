package dev.roomtoken.daily;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenOptions;
import dev.roomtoken.http.WireJson;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;

/**
 * Every Daily meeting token property that is not portable, from the create meeting token reference
 * (<a href="https://docs.daily.co/reference/rest-api/meeting-tokens/create-meeting-token">docs.daily.co/reference/rest-api/meeting-tokens/create-meeting-token</a>).
 * {@code room_name}, {@code user_id}, {@code user_name} and, unless {@link #expiresAt()} is set,
 * {@code exp} come from the request's portable fields. A field left {@code null} is not sent, so
 * the configured default, or else the room's, the domain's or Daily's own, applies. Instants are
 * sent in whole seconds since the epoch, rounded down. Build with {@link #builder()}; each rule is
 * checked when the options are built. The same options mean the same in both of the issuer's modes;
 * the few that Daily gives no self-signed abbreviation for are refused in self-signed mode.
 *
 * @param expiresAt {@code exp}: no one joins with the token after this instant; overrides the
 * request's ttl; must be in the future when the token is made
 * @param notBefore {@code nbf}: no one joins with the token before this instant; before
 * {@code expiresAt}
 * @param owner {@code is_owner}: the user has meeting owner privileges (Daily's default: false)
 * @param ejectAtTokenExp {@code eject_at_token_exp}: the user is removed when the token expires
 * (Daily's default: false)
 * @param ejectAfterElapsed {@code eject_after_elapsed}: the user is removed this long after
 * joining; a positive whole number of seconds
 * @param enableScreenshare {@code enable_screenshare}: the user may share a screen (Daily's
 * default: true)
 * @param startVideoOff {@code start_video_off}: the camera stays off on a direct join (Daily's
 * default: false)
 * @param startAudioOff {@code start_audio_off}: the microphone stays off on a direct join (Daily's
 * default: false)
 * @param enableRecording {@code enable_recording}: the recording the user may start
 * @param enablePrejoinUi {@code enable_prejoin_ui}: Daily Prebuilt's pre-join checks (REST only)
 * @param enableLiveCaptionsUi {@code enable_live_captions_ui}: Daily Prebuilt's captions button
 * (REST only)
 * @param enableRecordingUi {@code enable_recording_ui}: Daily Prebuilt's recording button
 * @param enableTerseLogging {@code enable_terse_logging}: fewer log messages, for calls of more
 * than 200 (REST only; Daily's default: false)
 * @param knocking {@code knocking}: in a room with knocking, the user must still ask to join
 * (Daily's default: false)
 * @param startCloudRecording {@code start_cloud_recording}: cloud recording starts when the user
 * joins (Daily's default: false)
 * @param startCloudRecordingOpts {@code start_cloud_recording_opts}: the options of that recording,
 * a JSON object as daily-js's {@code startRecording()} takes
 * @param autoStartTranscription {@code auto_start_transcription}: transcription starts when an
 * owner joins (Daily's default: false)
 * @param closeTabOnExit {@code close_tab_on_exit}: leaving closes the browser tab (Daily's
 * default: false)
 * @param redirectOnMeetingExit {@code redirect_on_meeting_exit}: leaving loads this absolute URL
 * or deep link
 * @param lang {@code lang}: the language of Daily Prebuilt's interface (Daily's default: en)
 * @param permissions {@code permissions}: the participant's initial permissions (REST only)
 * @since 0.1.0
 */
public record DailyTokenOptions(@Nullable Instant expiresAt, @Nullable Instant notBefore, @Nullable Boolean owner,
        @Nullable Boolean ejectAtTokenExp, @Nullable Duration ejectAfterElapsed, @Nullable Boolean enableScreenshare,
        @Nullable Boolean startVideoOff, @Nullable Boolean startAudioOff, @Nullable DailyRecording enableRecording,
        @Nullable Boolean enablePrejoinUi, @Nullable Boolean enableLiveCaptionsUi, @Nullable Boolean enableRecordingUi,
        @Nullable Boolean enableTerseLogging, @Nullable Boolean knocking, @Nullable Boolean startCloudRecording,
        @Nullable Map<String, Object> startCloudRecordingOpts, @Nullable Boolean autoStartTranscription,
        @Nullable Boolean closeTabOnExit, @Nullable URI redirectOnMeetingExit, @Nullable DailyLanguage lang,
        @Nullable DailyPermissions permissions) implements RoomTokenOptions {

    private static final DailyTokenOptions NONE = builder().build();

    /**
     * Checks every field against Daily's rules, rounds instants down to whole seconds and keeps an
     * unmodifiable copy of the recording options.
     * @param expiresAt {@code exp}: no one joins with the token after this instant; overrides the
     * request's ttl; must be in the future when the token is made
     * @param notBefore {@code nbf}: no one joins with the token before this instant; before
     * {@code expiresAt}
     * @param owner {@code is_owner}: the user has meeting owner privileges (Daily's default: false)
     * @param ejectAtTokenExp {@code eject_at_token_exp}: the user is removed when the token expires
     * (Daily's default: false)
     * @param ejectAfterElapsed {@code eject_after_elapsed}: the user is removed this long after
     * joining; a positive whole number of seconds
     * @param enableScreenshare {@code enable_screenshare}: the user may share a screen (Daily's
     * default: true)
     * @param startVideoOff {@code start_video_off}: the camera stays off on a direct join (Daily's
     * default: false)
     * @param startAudioOff {@code start_audio_off}: the microphone stays off on a direct join (Daily's
     * default: false)
     * @param enableRecording {@code enable_recording}: the recording the user may start
     * @param enablePrejoinUi {@code enable_prejoin_ui}: Daily Prebuilt's pre-join checks (REST only)
     * @param enableLiveCaptionsUi {@code enable_live_captions_ui}: Daily Prebuilt's captions button
     * (REST only)
     * @param enableRecordingUi {@code enable_recording_ui}: Daily Prebuilt's recording button
     * @param enableTerseLogging {@code enable_terse_logging}: fewer log messages, for calls of more
     * than 200 (REST only; Daily's default: false)
     * @param knocking {@code knocking}: in a room with knocking, the user must still ask to join
     * (Daily's default: false)
     * @param startCloudRecording {@code start_cloud_recording}: cloud recording starts when the user
     * joins (Daily's default: false)
     * @param startCloudRecordingOpts {@code start_cloud_recording_opts}: the options of that recording,
     * a JSON object as daily-js's {@code startRecording()} takes
     * @param autoStartTranscription {@code auto_start_transcription}: transcription starts when an
     * owner joins (Daily's default: false)
     * @param closeTabOnExit {@code close_tab_on_exit}: leaving closes the browser tab (Daily's
     * default: false)
     * @param redirectOnMeetingExit {@code redirect_on_meeting_exit}: leaving loads this absolute URL
     * or deep link
     * @param lang {@code lang}: the language of Daily Prebuilt's interface (Daily's default: en)
     * @param permissions {@code permissions}: the participant's initial permissions (REST only)
     * @throws InvalidRoomTokenRequestException naming the first field that breaks a rule
     */
    public DailyTokenOptions {
        expiresAt = (expiresAt != null) ? expiresAt.truncatedTo(ChronoUnit.SECONDS) : null;
        notBefore = (notBefore != null) ? notBefore.truncatedTo(ChronoUnit.SECONDS) : null;
        checkWindow(notBefore, expiresAt);
        if (ejectAfterElapsed != null && (ejectAfterElapsed.isNegative() || ejectAfterElapsed.isZero()
                || ejectAfterElapsed.toNanosPart() != 0 || ejectAfterElapsed.toSeconds() > Integer.MAX_VALUE)) {
            throw new InvalidRoomTokenRequestException("ejectAfterElapsed",
                    "must be a positive whole number of seconds up to " + Integer.MAX_VALUE + ", was "
                            + ejectAfterElapsed);
        }
        if (redirectOnMeetingExit != null && !redirectOnMeetingExit.isAbsolute()) {
            throw new InvalidRoomTokenRequestException("redirectOnMeetingExit",
                    "must be an absolute URL or deep link, with a scheme");
        }
        if (startCloudRecordingOpts != null) {
            try {
                WireJson.mapper().writeValueAsBytes(startCloudRecordingOpts);
            }
            catch (JacksonException ex) {
                throw new InvalidRoomTokenRequestException("startCloudRecordingOpts",
                        "must be serializable as a JSON object");
            }
            startCloudRecordingOpts = Collections.unmodifiableMap(new LinkedHashMap<>(startCloudRecordingOpts));
        }
    }

    /**
     * Starts building options.
     * @return a builder with every field unset
     */
    public static DailyTokenOptionsBuilder builder() {
        return new DailyTokenOptionsBuilder();
    }

    /**
     * Options with every field unset.
     * @return the empty options
     */
    public static DailyTokenOptions none() {
        return NONE;
    }

    static void checkWindow(@Nullable Instant notBefore, @Nullable Instant expiresAt) {
        if (notBefore != null && expiresAt != null && !notBefore.isBefore(expiresAt)) {
            throw new InvalidRoomTokenRequestException("notBefore",
                    "must be before the token expires (" + expiresAt + "), was " + notBefore);
        }
    }

    /**
     * Merges these options over defaults: each field set here wins, each field left unset takes
     * the default's value.
     * @param defaults the defaults, for example from {@code roomtoken.daily.defaults.*}
     * @return the merged options
     * @throws InvalidRoomTokenRequestException if the merged options break a rule together, such
     * as a {@code notBefore} after the default {@code expiresAt}
     */
    public DailyTokenOptions withDefaults(DailyTokenOptions defaults) {
        if (defaults.equals(NONE)) {
            return this;
        }
        return new DailyTokenOptions(pick(this.expiresAt, defaults.expiresAt), pick(this.notBefore, defaults.notBefore),
                pick(this.owner, defaults.owner), pick(this.ejectAtTokenExp, defaults.ejectAtTokenExp),
                pick(this.ejectAfterElapsed, defaults.ejectAfterElapsed),
                pick(this.enableScreenshare, defaults.enableScreenshare),
                pick(this.startVideoOff, defaults.startVideoOff), pick(this.startAudioOff, defaults.startAudioOff),
                pick(this.enableRecording, defaults.enableRecording),
                pick(this.enablePrejoinUi, defaults.enablePrejoinUi),
                pick(this.enableLiveCaptionsUi, defaults.enableLiveCaptionsUi),
                pick(this.enableRecordingUi, defaults.enableRecordingUi),
                pick(this.enableTerseLogging, defaults.enableTerseLogging), pick(this.knocking, defaults.knocking),
                pick(this.startCloudRecording, defaults.startCloudRecording),
                pick(this.startCloudRecordingOpts, defaults.startCloudRecordingOpts),
                pick(this.autoStartTranscription, defaults.autoStartTranscription),
                pick(this.closeTabOnExit, defaults.closeTabOnExit),
                pick(this.redirectOnMeetingExit, defaults.redirectOnMeetingExit), pick(this.lang, defaults.lang),
                pick(this.permissions, defaults.permissions));
    }

    private static <T> @Nullable T pick(@Nullable T value, @Nullable T fallback) {
        return (value != null) ? value : fallback;
    }
}
