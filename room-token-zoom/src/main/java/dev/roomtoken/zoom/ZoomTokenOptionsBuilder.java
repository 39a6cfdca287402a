package dev.roomtoken.zoom;

import java.util.EnumSet;
import java.util.Set;

import dev.roomtoken.InvalidRoomTokenRequestException;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link ZoomTokenOptions}. Not thread-safe; the options it builds are.
 *
 * @since 0.1.0
 */
public final class ZoomTokenOptionsBuilder {

    private @Nullable ZoomRole role;

    private @Nullable String sessionKey;

    private @Nullable Set<ZoomGeoRegion> geoRegions;

    private @Nullable Boolean cloudRecordingOption;

    private @Nullable Boolean cloudRecordingElection;

    private @Nullable String telemetryTrackingId;

    private @Nullable Boolean videoWebRtcMode;

    private @Nullable Boolean audioWebRtcMode;

    ZoomTokenOptionsBuilder() {
    }

    /**
     * Sets the user's role ({@code role_type}).
     * @param role host or participant; participant when no one sets it
     * @return this builder
     */
    public ZoomTokenOptionsBuilder role(@Nullable ZoomRole role) {
        this.role = role;
        return this;
    }

    /**
     * Sets your own identifier of the session ({@code session_key}).
     * @param sessionKey at most 36 characters, not blank
     * @return this builder
     */
    public ZoomTokenOptionsBuilder sessionKey(@Nullable String sessionKey) {
        this.sessionKey = sessionKey;
        return this;
    }

    /**
     * Sets the regions the session's data may be routed through ({@code geo_regions}).
     * @param geoRegions at least one region
     * @return this builder
     */
    public ZoomTokenOptionsBuilder geoRegions(ZoomGeoRegion... geoRegions) {
        if (geoRegions.length == 0) {
            throw new InvalidRoomTokenRequestException("geoRegions", "must name at least one region when set");
        }
        Set<ZoomGeoRegion> regions = EnumSet.noneOf(ZoomGeoRegion.class);
        for (ZoomGeoRegion region : geoRegions) {
            if (region == null) {
                throw new InvalidRoomTokenRequestException("geoRegions", "must name at least one region when set");
            }
            regions.add(region);
        }
        this.geoRegions = regions;
        return this;
    }

    /**
     * Sets the regions the session's data may be routed through ({@code geo_regions}).
     * @param geoRegions at least one region, or {@code null} to leave the claim out
     * @return this builder
     */
    public ZoomTokenOptionsBuilder geoRegions(@Nullable Set<ZoomGeoRegion> geoRegions) {
        this.geoRegions = geoRegions;
        return this;
    }

    /**
     * Sets whether each user's video is recorded to a file of its own
     * ({@code cloud_recording_option} 1) or all into one (0).
     * @param cloudRecordingOption the choice
     * @return this builder
     */
    public ZoomTokenOptionsBuilder cloudRecordingOption(@Nullable Boolean cloudRecordingOption) {
        this.cloudRecordingOption = cloudRecordingOption;
        return this;
    }

    /**
     * Sets whether this user is recorded individually ({@code cloud_recording_election} 1 or 0).
     * @param cloudRecordingElection the choice
     * @return this builder
     */
    public ZoomTokenOptionsBuilder cloudRecordingElection(@Nullable Boolean cloudRecordingElection) {
        this.cloudRecordingElection = cloudRecordingElection;
        return this;
    }

    /**
     * Sets an identifier Zoom attaches to the session's telemetry ({@code telemetry_tracking_id}).
     * @param telemetryTrackingId not blank
     * @return this builder
     */
    public ZoomTokenOptionsBuilder telemetryTrackingId(@Nullable String telemetryTrackingId) {
        this.telemetryTrackingId = telemetryTrackingId;
        return this;
    }

    /**
     * Sets whether the Web Video SDK sends video over WebRTC ({@code video_webrtc_mode} 1 or 0).
     * @param videoWebRtcMode the choice
     * @return this builder
     */
    public ZoomTokenOptionsBuilder videoWebRtcMode(@Nullable Boolean videoWebRtcMode) {
        this.videoWebRtcMode = videoWebRtcMode;
        return this;
    }

    /**
     * Sets whether the Web Video SDK sends audio over WebRTC ({@code audio_webrtc_mode} 1 or 0),
     * the claim that replaced {@code audio_compatible_mode}.
     * @param audioWebRtcMode the choice
     * @return this builder
     */
    public ZoomTokenOptionsBuilder audioWebRtcMode(@Nullable Boolean audioWebRtcMode) {
        this.audioWebRtcMode = audioWebRtcMode;
        return this;
    }

    /**
     * Builds the options, checking every rule.
     * @return the immutable options
     * @throws InvalidRoomTokenRequestException naming the first field that breaks a rule
     */
    public ZoomTokenOptions build() {
        return new ZoomTokenOptions(this.role, this.sessionKey, this.geoRegions, this.cloudRecordingOption,
                this.cloudRecordingElection, this.telemetryTrackingId, this.videoWebRtcMode, this.audioWebRtcMode);
    }
}
