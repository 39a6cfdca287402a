package dev.roomtoken.zoom;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenOptions;
import org.jspecify.annotations.Nullable;

/**
 * Every claim of a Zoom Video SDK token that is not portable. A field left {@code null} is not
 * written, so the configured default, or else Zoom's own default, applies. Build with
 * {@link #builder()}; each rule of Zoom's authorization page
 * (<a href="https://developers.zoom.us/docs/video-sdk/auth/#payload">developers.zoom.us/docs/video-sdk/auth/#payload</a>)
 * is checked when the options are built. Where the page's rows could not be read in full, the rules
 * are those of Zoom's own auth endpoint sample, which says its validations "should match Zoom Video
 * SDK's documentation"
 * (<a href="https://github.com/zoom/videosdk-auth-endpoint-sample/blob/master/src/index.js">videosdk-auth-endpoint-sample</a>).
 *
 * @param role {@code role_type}: host (1) or participant (0); participant when neither these
 * options nor the defaults set it, since the claim is required
 * @param sessionKey {@code session_key}: your own identifier of the session, at most 36 characters
 * @param geoRegions {@code geo_regions}: the regions the session's data may be routed through, at
 * least one, written as their codes joined with commas
 * @param cloudRecordingOption {@code cloud_recording_option}: {@code true} writes 1, recording
 * each user's video to a file of its own; {@code false} writes 0, one file for all
 * @param cloudRecordingElection {@code cloud_recording_election}: {@code true} writes 1, this
 * user is recorded individually; {@code false} writes 0
 * @param telemetryTrackingId {@code telemetry_tracking_id}: an identifier of yours that Zoom
 * attaches to the session's telemetry; not blank
 * @param videoWebRtcMode {@code video_webrtc_mode}: {@code true} writes 1, the Web Video SDK sends
 * video over WebRTC
 * @param audioWebRtcMode {@code audio_webrtc_mode}: {@code true} writes 1, the Web Video SDK sends
 * audio over WebRTC; the claim that replaced {@code audio_compatible_mode}
 * @since 0.1.0
 */
public record ZoomTokenOptions(@Nullable ZoomRole role, @Nullable String sessionKey,
        @Nullable Set<ZoomGeoRegion> geoRegions, @Nullable Boolean cloudRecordingOption,
        @Nullable Boolean cloudRecordingElection, @Nullable String telemetryTrackingId,
        @Nullable Boolean videoWebRtcMode, @Nullable Boolean audioWebRtcMode) implements RoomTokenOptions {

    /** The most characters {@code session_key} takes. */
    public static final int MAX_SESSION_KEY_LENGTH = 36;

    private static final ZoomTokenOptions NONE = new ZoomTokenOptions(null, null, null, null, null, null, null,
            null);

    /**
     * Checks every field against Zoom's rules and keeps an unmodifiable copy of the regions.
     * @param role {@code role_type}: host (1) or participant (0); participant when neither these
     * options nor the defaults set it, since the claim is required
     * @param sessionKey {@code session_key}: your own identifier of the session, at most 36 characters
     * @param geoRegions {@code geo_regions}: the regions the session's data may be routed through, at
     * least one, written as their codes joined with commas
     * @param cloudRecordingOption {@code cloud_recording_option}: {@code true} writes 1, recording
     * each user's video to a file of its own; {@code false} writes 0, one file for all
     * @param cloudRecordingElection {@code cloud_recording_election}: {@code true} writes 1, this
     * user is recorded individually; {@code false} writes 0
     * @param telemetryTrackingId {@code telemetry_tracking_id}: an identifier of yours that Zoom
     * attaches to the session's telemetry; not blank
     * @param videoWebRtcMode {@code video_webrtc_mode}: {@code true} writes 1, the Web Video SDK sends
     * video over WebRTC
     * @param audioWebRtcMode {@code audio_webrtc_mode}: {@code true} writes 1, the Web Video SDK sends
     * audio over WebRTC; the claim that replaced {@code audio_compatible_mode}
     * @throws InvalidRoomTokenRequestException naming the first field that breaks a rule
     */
    public ZoomTokenOptions {
        if (sessionKey != null) {
            if (sessionKey.isBlank()) {
                throw new InvalidRoomTokenRequestException("sessionKey", "must not be blank when set");
            }
            if (sessionKey.length() > MAX_SESSION_KEY_LENGTH) {
                throw new InvalidRoomTokenRequestException("sessionKey", "must be at most " + MAX_SESSION_KEY_LENGTH
                        + " characters, Zoom's limit on session_key (was " + sessionKey.length() + ")");
            }
        }
        if (geoRegions != null) {
            if (geoRegions.isEmpty() || geoRegions.contains(null)) {
                throw new InvalidRoomTokenRequestException("geoRegions", "must name at least one region when set");
            }
            geoRegions = Collections.unmodifiableSet(EnumSet.copyOf(geoRegions));
        }
        if (telemetryTrackingId != null && telemetryTrackingId.isBlank()) {
            throw new InvalidRoomTokenRequestException("telemetryTrackingId", "must not be blank when set");
        }
    }

    /**
     * Starts building options.
     * @return a builder with every field unset
     */
    public static ZoomTokenOptionsBuilder builder() {
        return new ZoomTokenOptionsBuilder();
    }

    /**
     * Options with every field unset.
     * @return the empty options
     */
    public static ZoomTokenOptions none() {
        return NONE;
    }

    /**
     * Merges these options over defaults: each field set here wins, each field left unset takes
     * the default's value.
     * @param defaults the defaults, for example from {@code roomtoken.zoom.defaults.*}
     * @return the merged options
     */
    public ZoomTokenOptions withDefaults(ZoomTokenOptions defaults) {
        if (defaults.equals(NONE)) {
            return this;
        }
        return new ZoomTokenOptions(pick(this.role, defaults.role), pick(this.sessionKey, defaults.sessionKey),
                pick(this.geoRegions, defaults.geoRegions),
                pick(this.cloudRecordingOption, defaults.cloudRecordingOption),
                pick(this.cloudRecordingElection, defaults.cloudRecordingElection),
                pick(this.telemetryTrackingId, defaults.telemetryTrackingId),
                pick(this.videoWebRtcMode, defaults.videoWebRtcMode),
                pick(this.audioWebRtcMode, defaults.audioWebRtcMode));
    }

    private static <T> @Nullable T pick(@Nullable T value, @Nullable T fallback) {
        return (value != null) ? value : fallback;
    }
}
