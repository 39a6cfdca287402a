package dev.roomtoken.daily;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.roomtoken.InvalidRoomTokenRequestException;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link DailyTokenOptions}. Not thread-safe; the options it builds are.
 *
 * @since 0.1.0
 */
public final class DailyTokenOptionsBuilder {
    private @Nullable Instant expiresAt;

    private @Nullable Instant notBefore;

    private @Nullable Boolean owner;

    private @Nullable Boolean ejectAtTokenExp;

    private @Nullable Duration ejectAfterElapsed;

    private @Nullable Boolean enableScreenshare;

    private @Nullable Boolean startVideoOff;

    private @Nullable Boolean startAudioOff;

    private @Nullable DailyRecording enableRecording;

    private @Nullable Boolean enablePrejoinUi;

    private @Nullable Boolean enableLiveCaptionsUi;

    private @Nullable Boolean enableRecordingUi;

    private @Nullable Boolean enableTerseLogging;

    private @Nullable Boolean knocking;

    private @Nullable Boolean startCloudRecording;

    private @Nullable Map<String, Object> startCloudRecordingOpts;

    private @Nullable Boolean autoStartTranscription;

    private @Nullable Boolean closeTabOnExit;

    private @Nullable URI redirectOnMeetingExit;

    private @Nullable DailyLanguage lang;

    private @Nullable DailyPermissions permissions;

    DailyTokenOptionsBuilder() {
    }

    /**
     * Sets the instant after which no one joins with the token ({@code exp}); overrides the request's ttl.
     * @param expiresAt an instant in the future
     * @return this builder
     */
    public DailyTokenOptionsBuilder expiresAt(@Nullable Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    /**
     * Sets the instant before which no one joins with the token ({@code nbf}).
     * @param notBefore an instant before the expiry
     * @return this builder
     */
    public DailyTokenOptionsBuilder notBefore(@Nullable Instant notBefore) {
        this.notBefore = notBefore;
        return this;
    }

    /**
     * Sets whether the user has meeting owner privileges ({@code is_owner}).
     * @param owner Daily's default is {@code false}
     * @return this builder
     */
    public DailyTokenOptionsBuilder owner(@Nullable Boolean owner) {
        this.owner = owner;
        return this;
    }

    /**
     * Sets whether the user is removed when the token expires ({@code eject_at_token_exp}).
     * @param ejectAtTokenExp Daily's default is {@code false}
     * @return this builder
     */
    public DailyTokenOptionsBuilder ejectAtTokenExp(@Nullable Boolean ejectAtTokenExp) {
        this.ejectAtTokenExp = ejectAtTokenExp;
        return this;
    }

    /**
     * Sets how long after joining the user is removed ({@code eject_after_elapsed}).
     * @param ejectAfterElapsed a positive whole number of seconds
     * @return this builder
     */
    public DailyTokenOptionsBuilder ejectAfterElapsed(@Nullable Duration ejectAfterElapsed) {
        this.ejectAfterElapsed = ejectAfterElapsed;
        return this;
    }

    /**
     * Sets whether the user may share a screen ({@code enable_screenshare}).
     * @param enableScreenshare Daily's default is {@code true}
     * @return this builder
     */
    public DailyTokenOptionsBuilder enableScreenshare(@Nullable Boolean enableScreenshare) {
        this.enableScreenshare = enableScreenshare;
        return this;
    }

    /**
     * Sets whether the camera stays off on a direct join ({@code start_video_off}).
     * @param startVideoOff Daily's default is {@code false}
     * @return this builder
     */
    public DailyTokenOptionsBuilder startVideoOff(@Nullable Boolean startVideoOff) {
        this.startVideoOff = startVideoOff;
        return this;
    }

    /**
     * Sets whether the microphone stays off on a direct join ({@code start_audio_off}).
     * @param startAudioOff Daily's default is {@code false}
     * @return this builder
     */
    public DailyTokenOptionsBuilder startAudioOff(@Nullable Boolean startAudioOff) {
        this.startAudioOff = startAudioOff;
        return this;
    }

    /**
     * Sets the recording the user may start ({@code enable_recording}).
     * @param enableRecording cloud, local or raw tracks
     * @return this builder
     */
    public DailyTokenOptionsBuilder enableRecording(@Nullable DailyRecording enableRecording) {
        this.enableRecording = enableRecording;
        return this;
    }

    /**
     * Sets whether Daily Prebuilt shows its pre-join checks ({@code enable_prejoin_ui}); REST mode only.
     * @param enablePrejoinUi the choice
     * @return this builder
     */
    public DailyTokenOptionsBuilder enablePrejoinUi(@Nullable Boolean enablePrejoinUi) {
        this.enablePrejoinUi = enablePrejoinUi;
        return this;
    }

    /**
     * Sets whether Daily Prebuilt shows its captions button ({@code enable_live_captions_ui}); REST mode only.
     * @param enableLiveCaptionsUi the choice
     * @return this builder
     */
    public DailyTokenOptionsBuilder enableLiveCaptionsUi(@Nullable Boolean enableLiveCaptionsUi) {
        this.enableLiveCaptionsUi = enableLiveCaptionsUi;
        return this;
    }

    /**
     * Sets whether Daily Prebuilt shows its recording button ({@code enable_recording_ui}).
     * @param enableRecordingUi the choice
     * @return this builder
     */
    public DailyTokenOptionsBuilder enableRecordingUi(@Nullable Boolean enableRecordingUi) {
        this.enableRecordingUi = enableRecordingUi;
        return this;
    }

    /**
     * Sets whether the client logs less ({@code enable_terse_logging}); REST mode only.
     * @param enableTerseLogging Daily's default is {@code false}
     * @return this builder
     */
    public DailyTokenOptionsBuilder enableTerseLogging(@Nullable Boolean enableTerseLogging) {
        this.enableTerseLogging = enableTerseLogging;
        return this;
    }

    /**
     * Sets whether the user must still ask to join a room with knocking ({@code knocking}).
     * @param knocking Daily's default is {@code false}
     * @return this builder
     */
    public DailyTokenOptionsBuilder knocking(@Nullable Boolean knocking) {
        this.knocking = knocking;
        return this;
    }

    /**
     * Sets whether cloud recording starts when the user joins ({@code start_cloud_recording}).
     * @param startCloudRecording Daily's default is {@code false}
     * @return this builder
     */
    public DailyTokenOptionsBuilder startCloudRecording(@Nullable Boolean startCloudRecording) {
        this.startCloudRecording = startCloudRecording;
        return this;
    }

    /**
     * Sets the options of the recording that starts when the user joins ({@code start_cloud_recording_opts}).
     * @param startCloudRecordingOpts a JSON object as daily-js's {@code startRecording()} takes
     * @return this builder
     */
    public DailyTokenOptionsBuilder startCloudRecordingOpts(@Nullable Map<String, ?> startCloudRecordingOpts) {
        this.startCloudRecordingOpts = (startCloudRecordingOpts != null)
                ? new LinkedHashMap<>(startCloudRecordingOpts) : null;
        return this;
    }

    /**
     * Sets whether transcription starts when an owner joins ({@code auto_start_transcription}).
     * @param autoStartTranscription Daily's default is {@code false}
     * @return this builder
     */
    public DailyTokenOptionsBuilder autoStartTranscription(@Nullable Boolean autoStartTranscription) {
        this.autoStartTranscription = autoStartTranscription;
        return this;
    }

    /**
     * Sets whether leaving closes the browser tab ({@code close_tab_on_exit}).
     * @param closeTabOnExit Daily's default is {@code false}
     * @return this builder
     */
    public DailyTokenOptionsBuilder closeTabOnExit(@Nullable Boolean closeTabOnExit) {
        this.closeTabOnExit = closeTabOnExit;
        return this;
    }

    /**
     * Sets the URL the browser loads when the user leaves ({@code redirect_on_meeting_exit}).
     * @param redirectOnMeetingExit an absolute URL or deep link
     * @return this builder
     */
    public DailyTokenOptionsBuilder redirectOnMeetingExit(@Nullable URI redirectOnMeetingExit) {
        this.redirectOnMeetingExit = redirectOnMeetingExit;
        return this;
    }

    /**
     * Sets the language of Daily Prebuilt's interface ({@code lang}).
     * @param lang Daily's default is English
     * @return this builder
     */
    public DailyTokenOptionsBuilder lang(@Nullable DailyLanguage lang) {
        this.lang = lang;
        return this;
    }

    /**
     * Sets the participant's initial permissions ({@code permissions}); REST mode only.
     * @param permissions the permissions
     * @return this builder
     */
    public DailyTokenOptionsBuilder permissions(@Nullable DailyPermissions permissions) {
        this.permissions = permissions;
        return this;
    }

    /**
     * Builds the options, checking every rule.
     * @return the immutable options
     * @throws InvalidRoomTokenRequestException naming the first field that breaks a rule
     */
    public DailyTokenOptions build() {
        return new DailyTokenOptions(this.expiresAt, this.notBefore, this.owner, this.ejectAtTokenExp,
                this.ejectAfterElapsed, this.enableScreenshare, this.startVideoOff, this.startAudioOff,
                this.enableRecording, this.enablePrejoinUi, this.enableLiveCaptionsUi, this.enableRecordingUi,
                this.enableTerseLogging, this.knocking, this.startCloudRecording, this.startCloudRecordingOpts,
                this.autoStartTranscription, this.closeTabOnExit, this.redirectOnMeetingExit, this.lang,
                this.permissions);
    }
}
