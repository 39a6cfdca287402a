package dev.roomtoken.zoom.autoconfigure;

import java.time.Duration;
import java.util.Set;

import dev.roomtoken.zoom.ZoomGeoRegion;
import dev.roomtoken.zoom.ZoomIdentityClaim;
import dev.roomtoken.zoom.ZoomRole;
import dev.roomtoken.zoom.ZoomTokenIssuer;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Zoom Video SDK settings ({@code roomtoken.zoom.*}).
 *
 * @since 0.1.0
 */
@ConfigurationProperties("roomtoken.zoom")
public class ZoomProperties {

    /**
     * Video SDK key of a Video SDK app, written into each token as app_key.
     */
    private @Nullable String sdkKey;

    /**
     * Video SDK secret of the same app, the HS256 key tokens are signed with.
     */
    private @Nullable String sdkSecret;

    /**
     * Lifetime of a token whose request sets no ttl, a whole number of seconds from 1800s to 172800s
     * (Zoom's bounds).
     */
    private Duration tokenTtl = ZoomTokenIssuer.DEFAULT_TTL;

    /**
     * Claim the request's identity is written to: user-key (Zoom's current name, at most 36
     * characters) or user-identity (the former name, at most 35).
     */
    private ZoomIdentityClaim identityClaim = ZoomIdentityClaim.USER_KEY;

    /**
     * Defaults for ZoomTokenOptions; a request's own options override them.
     */
    private final Defaults defaults = new Defaults();

    /**
     * Video SDK key of a Video SDK app, written into each token as app_key.
     * @return the sdk key
     */
    public @Nullable String getSdkKey() {
        return this.sdkKey;
    }

    /**
     * Video SDK key of a Video SDK app, written into each token as app_key.
     * @param sdkKey the sdk key
     */
    public void setSdkKey(@Nullable String sdkKey) {
        this.sdkKey = sdkKey;
    }

    /**
     * Video SDK secret of the same app, the HS256 key tokens are signed with.
     * @return the sdk secret
     */
    public @Nullable String getSdkSecret() {
        return this.sdkSecret;
    }

    /**
     * Video SDK secret of the same app, the HS256 key tokens are signed with.
     * @param sdkSecret the sdk secret
     */
    public void setSdkSecret(@Nullable String sdkSecret) {
        this.sdkSecret = sdkSecret;
    }

    /**
     * Lifetime of a token whose request sets no ttl, a whole number of seconds from 1800s to 172800s
     * (Zoom's bounds).
     * @return the token ttl
     */
    public Duration getTokenTtl() {
        return this.tokenTtl;
    }

    /**
     * Lifetime of a token whose request sets no ttl, a whole number of seconds from 1800s to 172800s
     * (Zoom's bounds).
     * @param tokenTtl the token ttl
     */
    public void setTokenTtl(Duration tokenTtl) {
        this.tokenTtl = tokenTtl;
    }

    /**
     * Claim the request's identity is written to: user-key (Zoom's current name, at most 36
     * characters) or user-identity (the former name, at most 35).
     * @return the identity claim
     */
    public ZoomIdentityClaim getIdentityClaim() {
        return this.identityClaim;
    }

    /**
     * Claim the request's identity is written to: user-key (Zoom's current name, at most 36
     * characters) or user-identity (the former name, at most 35).
     * @param identityClaim the identity claim
     */
    public void setIdentityClaim(ZoomIdentityClaim identityClaim) {
        this.identityClaim = identityClaim;
    }

    /**
     * Defaults for ZoomTokenOptions; a request's own options override them.
     * @return the defaults
     */
    public Defaults getDefaults() {
        return this.defaults;
    }

    @Override
    public String toString() {
        return "ZoomProperties[sdkKey=" + this.sdkKey + ", sdkSecret=" + ((this.sdkSecret != null) ? "******" : null)
                + ", tokenTtl=" + this.tokenTtl + ", identityClaim=" + this.identityClaim + "]";
    }

    /**
     * Defaults for Zoom Video SDK token options: claims written into every token whose request
     * does not set them.
     */
    public static class Defaults {

        /**
         * Role of each token's user, role_type: host (1) or participant (0, when unset).
         */
        private @Nullable ZoomRole role;

        /**
         * Your own identifier of the session, session_key: at most 36 characters.
         */
        private @Nullable String sessionKey;

        /**
         * Regions the session's data may be routed through, geo_regions: at least one.
         */
        private @Nullable Set<ZoomGeoRegion> geoRegions;

        /**
         * Whether each user's video is recorded to a file of its own (cloud_recording_option 1) or
         * all into one (0).
         */
        private @Nullable Boolean cloudRecordingOption;

        /**
         * Whether each user is recorded individually, cloud_recording_election 1 or 0.
         */
        private @Nullable Boolean cloudRecordingElection;

        /**
         * Identifier that Zoom attaches to the session's telemetry, telemetry_tracking_id.
         */
        private @Nullable String telemetryTrackingId;

        /**
         * Whether the Web Video SDK sends video over WebRTC, video_webrtc_mode 1 or 0.
         */
        private @Nullable Boolean videoWebRtcMode;

        /**
         * Whether the Web Video SDK sends audio over WebRTC, audio_webrtc_mode 1 or 0.
         */
        private @Nullable Boolean audioWebRtcMode;

        /**
         * Role of each token's user, role_type: host (1) or participant (0, when unset).
         * @return the role
         */
        public @Nullable ZoomRole getRole() {
            return this.role;
        }

        /**
         * Role of each token's user, role_type: host (1) or participant (0, when unset).
         * @param role the role
         */
        public void setRole(@Nullable ZoomRole role) {
            this.role = role;
        }

        /**
         * Your own identifier of the session, session_key: at most 36 characters.
         * @return the session key
         */
        public @Nullable String getSessionKey() {
            return this.sessionKey;
        }

        /**
         * Your own identifier of the session, session_key: at most 36 characters.
         * @param sessionKey the session key
         */
        public void setSessionKey(@Nullable String sessionKey) {
            this.sessionKey = sessionKey;
        }

        /**
         * Regions the session's data may be routed through, geo_regions: at least one.
         * @return the geo regions
         */
        public @Nullable Set<ZoomGeoRegion> getGeoRegions() {
            return this.geoRegions;
        }

        /**
         * Regions the session's data may be routed through, geo_regions: at least one.
         * @param geoRegions the geo regions
         */
        public void setGeoRegions(@Nullable Set<ZoomGeoRegion> geoRegions) {
            this.geoRegions = geoRegions;
        }

        /**
         * Whether each user's video is recorded to a file of its own (cloud_recording_option 1) or
         * all into one (0).
         * @return the cloud recording option
         */
        public @Nullable Boolean getCloudRecordingOption() {
            return this.cloudRecordingOption;
        }

        /**
         * Whether each user's video is recorded to a file of its own (cloud_recording_option 1) or
         * all into one (0).
         * @param cloudRecordingOption the cloud recording option
         */
        public void setCloudRecordingOption(@Nullable Boolean cloudRecordingOption) {
            this.cloudRecordingOption = cloudRecordingOption;
        }

        /**
         * Whether each user is recorded individually, cloud_recording_election 1 or 0.
         * @return the cloud recording election
         */
        public @Nullable Boolean getCloudRecordingElection() {
            return this.cloudRecordingElection;
        }

        /**
         * Whether each user is recorded individually, cloud_recording_election 1 or 0.
         * @param cloudRecordingElection the cloud recording election
         */
        public void setCloudRecordingElection(@Nullable Boolean cloudRecordingElection) {
            this.cloudRecordingElection = cloudRecordingElection;
        }

        /**
         * Identifier that Zoom attaches to the session's telemetry, telemetry_tracking_id.
         * @return the telemetry tracking id
         */
        public @Nullable String getTelemetryTrackingId() {
            return this.telemetryTrackingId;
        }

        /**
         * Identifier that Zoom attaches to the session's telemetry, telemetry_tracking_id.
         * @param telemetryTrackingId the telemetry tracking id
         */
        public void setTelemetryTrackingId(@Nullable String telemetryTrackingId) {
            this.telemetryTrackingId = telemetryTrackingId;
        }

        /**
         * Whether the Web Video SDK sends video over WebRTC, video_webrtc_mode 1 or 0.
         * @return the video web rtc mode
         */
        public @Nullable Boolean getVideoWebRtcMode() {
            return this.videoWebRtcMode;
        }

        /**
         * Whether the Web Video SDK sends video over WebRTC, video_webrtc_mode 1 or 0.
         * @param videoWebRtcMode the video web rtc mode
         */
        public void setVideoWebRtcMode(@Nullable Boolean videoWebRtcMode) {
            this.videoWebRtcMode = videoWebRtcMode;
        }

        /**
         * Whether the Web Video SDK sends audio over WebRTC, audio_webrtc_mode 1 or 0.
         * @return the audio web rtc mode
         */
        public @Nullable Boolean getAudioWebRtcMode() {
            return this.audioWebRtcMode;
        }

        /**
         * Whether the Web Video SDK sends audio over WebRTC, audio_webrtc_mode 1 or 0.
         * @param audioWebRtcMode the audio web rtc mode
         */
        public void setAudioWebRtcMode(@Nullable Boolean audioWebRtcMode) {
            this.audioWebRtcMode = audioWebRtcMode;
        }
    }
}
