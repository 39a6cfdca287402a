package dev.roomtoken.daily.autoconfigure;

import java.net.URI;
import java.time.Duration;

import dev.roomtoken.daily.DailyLanguage;
import dev.roomtoken.daily.DailyRecording;
import dev.roomtoken.daily.DailyTokenIssuer;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Daily settings ({@code roomtoken.daily.*}).
 *
 * @since 0.1.0
 */
@ConfigurationProperties("roomtoken.daily")
public class DailyProperties {

    /**
     * API key of the Daily domain: the bearer token of REST calls, and the HS256 key of self-signed
     * tokens.
     */
    private @Nullable String apiKey;

    /**
     * Base URL of Daily's REST API (proxies, tests); not used when self-signing.
     */
    private String baseUrl = DailyTokenIssuer.DEFAULT_BASE_URL.toString();

    /**
     * Whether tokens are signed in-process with the API key instead of requested from Daily's REST
     * API; needs the domain id.
     */
    private boolean selfSigned = false;

    /**
     * Domain id of the Daily domain, the domain_id that GET /v1/ answers (a UUID), written into
     * self-signed tokens as d; required when self-signing.
     */
    private @Nullable String domainId;

    /**
     * Subdomain of the Daily domain ("example" for https://example.daily.co, or
     * "example.daily.co"), for the roomUrl join detail; unset, tokens come without a room URL.
     */
    private @Nullable String domainName;

    /**
     * Lifetime of a token whose request sets no ttl, a positive whole number of seconds.
     */
    private Duration tokenTtl = DailyTokenIssuer.DEFAULT_TTL;

    /**
     * Defaults for DailyTokenOptions; a request's own options override them.
     */
    private final Defaults defaults = new Defaults();

    /**
     * API key of the Daily domain: the bearer token of REST calls, and the HS256 key of self-signed
     * tokens.
     * @return the api key
     */
    public @Nullable String getApiKey() {
        return this.apiKey;
    }

    /**
     * API key of the Daily domain: the bearer token of REST calls, and the HS256 key of self-signed
     * tokens.
     * @param apiKey the api key
     */
    public void setApiKey(@Nullable String apiKey) {
        this.apiKey = apiKey;
    }

    /**
     * Base URL of Daily's REST API (proxies, tests); not used when self-signing.
     * @return the base url
     */
    public String getBaseUrl() {
        return this.baseUrl;
    }

    /**
     * Base URL of Daily's REST API (proxies, tests); not used when self-signing.
     * @param baseUrl the base url
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Whether tokens are signed in-process with the API key instead of requested from Daily's REST
     * API; needs the domain id.
     * @return the self signed
     */
    public boolean isSelfSigned() {
        return this.selfSigned;
    }

    /**
     * Whether tokens are signed in-process with the API key instead of requested from Daily's REST
     * API; needs the domain id.
     * @param selfSigned the self signed
     */
    public void setSelfSigned(boolean selfSigned) {
        this.selfSigned = selfSigned;
    }

    /**
     * Domain id of the Daily domain, the domain_id that GET /v1/ answers (a UUID), written into
     * self-signed tokens as d; required when self-signing.
     * @return the domain id
     */
    public @Nullable String getDomainId() {
        return this.domainId;
    }

    /**
     * Domain id of the Daily domain, the domain_id that GET /v1/ answers (a UUID), written into
     * self-signed tokens as d; required when self-signing.
     * @param domainId the domain id
     */
    public void setDomainId(@Nullable String domainId) {
        this.domainId = domainId;
    }

    /**
     * Subdomain of the Daily domain ("example" for https://example.daily.co, or
     * "example.daily.co"), for the roomUrl join detail; unset, tokens come without a room URL.
     * @return the domain name
     */
    public @Nullable String getDomainName() {
        return this.domainName;
    }

    /**
     * Subdomain of the Daily domain ("example" for https://example.daily.co, or
     * "example.daily.co"), for the roomUrl join detail; unset, tokens come without a room URL.
     * @param domainName the domain name
     */
    public void setDomainName(@Nullable String domainName) {
        this.domainName = domainName;
    }

    /**
     * Lifetime of a token whose request sets no ttl, a positive whole number of seconds.
     * @return the token ttl
     */
    public Duration getTokenTtl() {
        return this.tokenTtl;
    }

    /**
     * Lifetime of a token whose request sets no ttl, a positive whole number of seconds.
     * @param tokenTtl the token ttl
     */
    public void setTokenTtl(Duration tokenTtl) {
        this.tokenTtl = tokenTtl;
    }

    /**
     * Defaults for DailyTokenOptions; a request's own options override them.
     * @return the defaults
     */
    public Defaults getDefaults() {
        return this.defaults;
    }

    @Override
    public String toString() {
        return "DailyProperties[baseUrl=" + this.baseUrl + ", selfSigned=" + this.selfSigned + ", domainId="
                + this.domainId + ", domainName=" + this.domainName + ", tokenTtl=" + this.tokenTtl + ", apiKey="
                + ((this.apiKey != null) ? "******" : null) + "]";
    }

    /**
     * Defaults for Daily token options: properties sent or signed with every token whose request
     * does not set them. Instants (exp, nbf) have no default: they belong to a request; the
     * recording options and permissions, JSON objects, are set per request.
     */
    public static class Defaults {

        /**
         * Whether users have meeting owner privileges, is_owner (Daily's default: false).
         */
        private @Nullable Boolean owner;

        /**
         * Whether users are removed from the meeting when their token expires, eject_at_token_exp
         * (Daily's default: false).
         */
        private @Nullable Boolean ejectAtTokenExp;

        /**
         * How long after joining users are removed from the meeting, eject_after_elapsed: a
         * positive whole number of seconds.
         */
        private @Nullable Duration ejectAfterElapsed;

        /**
         * Whether users may share a screen, enable_screenshare (Daily's default: true).
         */
        private @Nullable Boolean enableScreenshare;

        /**
         * Whether the camera stays off when users join, start_video_off (Daily's default: false).
         */
        private @Nullable Boolean startVideoOff;

        /**
         * Whether the microphone stays off when users join, start_audio_off (Daily's default:
         * false).
         */
        private @Nullable Boolean startAudioOff;

        /**
         * Recording users may start, enable_recording: cloud, local or raw-tracks.
         */
        private @Nullable DailyRecording enableRecording;

        /**
         * Whether Daily Prebuilt shows its pre-join checks, enable_prejoin_ui; REST mode only.
         */
        private @Nullable Boolean enablePrejoinUi;

        /**
         * Whether Daily Prebuilt shows its captions button, enable_live_captions_ui; REST mode
         * only.
         */
        private @Nullable Boolean enableLiveCaptionsUi;

        /**
         * Whether Daily Prebuilt shows its recording button, enable_recording_ui.
         */
        private @Nullable Boolean enableRecordingUi;

        /**
         * Whether clients log less, for calls of more than 200 participants, enable_terse_logging;
         * REST mode only (Daily's default: false).
         */
        private @Nullable Boolean enableTerseLogging;

        /**
         * Whether users must still ask to join a room with knocking, knocking (Daily's default:
         * false).
         */
        private @Nullable Boolean knocking;

        /**
         * Whether cloud recording starts when users join, start_cloud_recording (Daily's default:
         * false).
         */
        private @Nullable Boolean startCloudRecording;

        /**
         * Whether transcription starts when an owner joins, auto_start_transcription (Daily's
         * default: false).
         */
        private @Nullable Boolean autoStartTranscription;

        /**
         * Whether leaving the meeting closes the browser tab, close_tab_on_exit (Daily's default:
         * false).
         */
        private @Nullable Boolean closeTabOnExit;

        /**
         * URL or deep link the browser loads when users leave the meeting,
         * redirect_on_meeting_exit: absolute.
         */
        private @Nullable URI redirectOnMeetingExit;

        /**
         * Language of Daily Prebuilt's interface, lang (Daily's default: en; user follows the
         * browser).
         */
        private @Nullable DailyLanguage lang;

        /**
         * Whether users have meeting owner privileges, is_owner (Daily's default: false).
         * @return the owner
         */
        public @Nullable Boolean getOwner() {
            return this.owner;
        }

        /**
         * Whether users have meeting owner privileges, is_owner (Daily's default: false).
         * @param owner the owner
         */
        public void setOwner(@Nullable Boolean owner) {
            this.owner = owner;
        }

        /**
         * Whether users are removed from the meeting when their token expires, eject_at_token_exp
         * (Daily's default: false).
         * @return the eject at token exp
         */
        public @Nullable Boolean getEjectAtTokenExp() {
            return this.ejectAtTokenExp;
        }

        /**
         * Whether users are removed from the meeting when their token expires, eject_at_token_exp
         * (Daily's default: false).
         * @param ejectAtTokenExp the eject at token exp
         */
        public void setEjectAtTokenExp(@Nullable Boolean ejectAtTokenExp) {
            this.ejectAtTokenExp = ejectAtTokenExp;
        }

        /**
         * How long after joining users are removed from the meeting, eject_after_elapsed: a
         * positive whole number of seconds.
         * @return the eject after elapsed
         */
        public @Nullable Duration getEjectAfterElapsed() {
            return this.ejectAfterElapsed;
        }

        /**
         * How long after joining users are removed from the meeting, eject_after_elapsed: a
         * positive whole number of seconds.
         * @param ejectAfterElapsed the eject after elapsed
         */
        public void setEjectAfterElapsed(@Nullable Duration ejectAfterElapsed) {
            this.ejectAfterElapsed = ejectAfterElapsed;
        }

        /**
         * Whether users may share a screen, enable_screenshare (Daily's default: true).
         * @return the enable screenshare
         */
        public @Nullable Boolean getEnableScreenshare() {
            return this.enableScreenshare;
        }

        /**
         * Whether users may share a screen, enable_screenshare (Daily's default: true).
         * @param enableScreenshare the enable screenshare
         */
        public void setEnableScreenshare(@Nullable Boolean enableScreenshare) {
            this.enableScreenshare = enableScreenshare;
        }

        /**
         * Whether the camera stays off when users join, start_video_off (Daily's default: false).
         * @return the start video off
         */
        public @Nullable Boolean getStartVideoOff() {
            return this.startVideoOff;
        }

        /**
         * Whether the camera stays off when users join, start_video_off (Daily's default: false).
         * @param startVideoOff the start video off
         */
        public void setStartVideoOff(@Nullable Boolean startVideoOff) {
            this.startVideoOff = startVideoOff;
        }

        /**
         * Whether the microphone stays off when users join, start_audio_off (Daily's default:
         * false).
         * @return the start audio off
         */
        public @Nullable Boolean getStartAudioOff() {
            return this.startAudioOff;
        }

        /**
         * Whether the microphone stays off when users join, start_audio_off (Daily's default:
         * false).
         * @param startAudioOff the start audio off
         */
        public void setStartAudioOff(@Nullable Boolean startAudioOff) {
            this.startAudioOff = startAudioOff;
        }

        /**
         * Recording users may start, enable_recording: cloud, local or raw-tracks.
         * @return the enable recording
         */
        public @Nullable DailyRecording getEnableRecording() {
            return this.enableRecording;
        }

        /**
         * Recording users may start, enable_recording: cloud, local or raw-tracks.
         * @param enableRecording the enable recording
         */
        public void setEnableRecording(@Nullable DailyRecording enableRecording) {
            this.enableRecording = enableRecording;
        }

        /**
         * Whether Daily Prebuilt shows its pre-join checks, enable_prejoin_ui; REST mode only.
         * @return the enable prejoin ui
         */
        public @Nullable Boolean getEnablePrejoinUi() {
            return this.enablePrejoinUi;
        }

        /**
         * Whether Daily Prebuilt shows its pre-join checks, enable_prejoin_ui; REST mode only.
         * @param enablePrejoinUi the enable prejoin ui
         */
        public void setEnablePrejoinUi(@Nullable Boolean enablePrejoinUi) {
            this.enablePrejoinUi = enablePrejoinUi;
        }

        /**
         * Whether Daily Prebuilt shows its captions button, enable_live_captions_ui; REST mode
         * only.
         * @return the enable live captions ui
         */
        public @Nullable Boolean getEnableLiveCaptionsUi() {
            return this.enableLiveCaptionsUi;
        }

        /**
         * Whether Daily Prebuilt shows its captions button, enable_live_captions_ui; REST mode
         * only.
         * @param enableLiveCaptionsUi the enable live captions ui
         */
        public void setEnableLiveCaptionsUi(@Nullable Boolean enableLiveCaptionsUi) {
            this.enableLiveCaptionsUi = enableLiveCaptionsUi;
        }

        /**
         * Whether Daily Prebuilt shows its recording button, enable_recording_ui.
         * @return the enable recording ui
         */
        public @Nullable Boolean getEnableRecordingUi() {
            return this.enableRecordingUi;
        }

        /**
         * Whether Daily Prebuilt shows its recording button, enable_recording_ui.
         * @param enableRecordingUi the enable recording ui
         */
        public void setEnableRecordingUi(@Nullable Boolean enableRecordingUi) {
            this.enableRecordingUi = enableRecordingUi;
        }

        /**
         * Whether clients log less, for calls of more than 200 participants, enable_terse_logging;
         * REST mode only (Daily's default: false).
         * @return the enable terse logging
         */
        public @Nullable Boolean getEnableTerseLogging() {
            return this.enableTerseLogging;
        }

        /**
         * Whether clients log less, for calls of more than 200 participants, enable_terse_logging;
         * REST mode only (Daily's default: false).
         * @param enableTerseLogging the enable terse logging
         */
        public void setEnableTerseLogging(@Nullable Boolean enableTerseLogging) {
            this.enableTerseLogging = enableTerseLogging;
        }

        /**
         * Whether users must still ask to join a room with knocking, knocking (Daily's default:
         * false).
         * @return the knocking
         */
        public @Nullable Boolean getKnocking() {
            return this.knocking;
        }

        /**
         * Whether users must still ask to join a room with knocking, knocking (Daily's default:
         * false).
         * @param knocking the knocking
         */
        public void setKnocking(@Nullable Boolean knocking) {
            this.knocking = knocking;
        }

        /**
         * Whether cloud recording starts when users join, start_cloud_recording (Daily's default:
         * false).
         * @return the start cloud recording
         */
        public @Nullable Boolean getStartCloudRecording() {
            return this.startCloudRecording;
        }

        /**
         * Whether cloud recording starts when users join, start_cloud_recording (Daily's default:
         * false).
         * @param startCloudRecording the start cloud recording
         */
        public void setStartCloudRecording(@Nullable Boolean startCloudRecording) {
            this.startCloudRecording = startCloudRecording;
        }

        /**
         * Whether transcription starts when an owner joins, auto_start_transcription (Daily's
         * default: false).
         * @return the auto start transcription
         */
        public @Nullable Boolean getAutoStartTranscription() {
            return this.autoStartTranscription;
        }

        /**
         * Whether transcription starts when an owner joins, auto_start_transcription (Daily's
         * default: false).
         * @param autoStartTranscription the auto start transcription
         */
        public void setAutoStartTranscription(@Nullable Boolean autoStartTranscription) {
            this.autoStartTranscription = autoStartTranscription;
        }

        /**
         * Whether leaving the meeting closes the browser tab, close_tab_on_exit (Daily's default:
         * false).
         * @return the close tab on exit
         */
        public @Nullable Boolean getCloseTabOnExit() {
            return this.closeTabOnExit;
        }

        /**
         * Whether leaving the meeting closes the browser tab, close_tab_on_exit (Daily's default:
         * false).
         * @param closeTabOnExit the close tab on exit
         */
        public void setCloseTabOnExit(@Nullable Boolean closeTabOnExit) {
            this.closeTabOnExit = closeTabOnExit;
        }

        /**
         * URL or deep link the browser loads when users leave the meeting,
         * redirect_on_meeting_exit: absolute.
         * @return the redirect on meeting exit
         */
        public @Nullable URI getRedirectOnMeetingExit() {
            return this.redirectOnMeetingExit;
        }

        /**
         * URL or deep link the browser loads when users leave the meeting,
         * redirect_on_meeting_exit: absolute.
         * @param redirectOnMeetingExit the redirect on meeting exit
         */
        public void setRedirectOnMeetingExit(@Nullable URI redirectOnMeetingExit) {
            this.redirectOnMeetingExit = redirectOnMeetingExit;
        }

        /**
         * Language of Daily Prebuilt's interface, lang (Daily's default: en; user follows the
         * browser).
         * @return the lang
         */
        public @Nullable DailyLanguage getLang() {
            return this.lang;
        }

        /**
         * Language of Daily Prebuilt's interface, lang (Daily's default: en; user follows the
         * browser).
         * @param lang the lang
         */
        public void setLang(@Nullable DailyLanguage lang) {
            this.lang = lang;
        }
    }
}
