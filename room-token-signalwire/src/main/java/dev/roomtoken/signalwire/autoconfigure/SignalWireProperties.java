package dev.roomtoken.signalwire.autoconfigure;

import java.util.List;
import java.util.Map;

import dev.roomtoken.signalwire.SignalWireJoinAs;
import dev.roomtoken.signalwire.SignalWireMediaAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * SignalWire settings ({@code roomtoken.signalwire.*}).
 *
 * @since 0.1.0
 */
@ConfigurationProperties("roomtoken.signalwire")
public class SignalWireProperties {

    /**
     * SignalWire space, as its name ("example") or host ("example.signalwire.com").
     */
    private @Nullable String space;

    /**
     * Base URL of the SignalWire REST API; overrides the space (proxies, tests).
     */
    private @Nullable String baseUrl;

    /**
     * Project ID, the user name of HTTP Basic authentication.
     */
    private @Nullable String projectId;

    /**
     * API token with the Video scope, the password of HTTP Basic authentication.
     */
    private @Nullable String apiToken;

    /**
     * Defaults for SignalWireTokenOptions; a request's own options override them.
     */
    private final Defaults defaults = new Defaults();

    public @Nullable String getSpace() {
        return this.space;
    }

    public void setSpace(@Nullable String space) {
        this.space = space;
    }

    public @Nullable String getBaseUrl() {
        return this.baseUrl;
    }

    public void setBaseUrl(@Nullable String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public @Nullable String getProjectId() {
        return this.projectId;
    }

    public void setProjectId(@Nullable String projectId) {
        this.projectId = projectId;
    }

    public @Nullable String getApiToken() {
        return this.apiToken;
    }

    public void setApiToken(@Nullable String apiToken) {
        this.apiToken = apiToken;
    }

    public Defaults getDefaults() {
        return this.defaults;
    }

    @Override
    public String toString() {
        return "SignalWireProperties[space=" + this.space + ", baseUrl=" + this.baseUrl + ", projectId="
                + this.projectId + ", apiToken=" + ((this.apiToken != null) ? "******" : null) + "]";
    }

    /**
     * Defaults for SignalWire token options. Instants (join-from, join-until, remove-at) have no
     * default: they belong to a request.
     */
    public static class Defaults {

        /**
         * Permissions to grant, as SignalWire's permission strings; left out, SignalWire's default
         * permissions apply.
         */
        private @Nullable List<String> permissions;

        /**
         * Whether users join as members or as audience.
         */
        private @Nullable SignalWireJoinAs joinAs;

        /**
         * What media users may receive.
         */
        private @Nullable SignalWireMediaAllowed mediaAllowed;

        /**
         * Seconds after which a user is removed from the room, 0 to 200000.
         */
        private @Nullable Integer removeAfterSecondsElapsed;

        /**
         * Whether users join with audio muted (SignalWire's default: false).
         */
        private @Nullable Boolean joinAudioMuted;

        /**
         * Whether users join with video muted (SignalWire's default: false).
         */
        private @Nullable Boolean joinVideoMuted;

        /**
         * Whether joining creates a room that does not exist (SignalWire's default: true).
         */
        private @Nullable Boolean autoCreateRoom;

        /**
         * Whether an auto-created room gets a preview video (SignalWire's default: false).
         */
        private @Nullable Boolean enableRoomPreviews;

        /**
         * Display name of an auto-created room, at most 200 characters (Unicode code points).
         */
        private @Nullable String roomDisplayName;

        /**
         * Whether the room session ends when the user leaves (SignalWire's default: false).
         */
        private @Nullable Boolean endRoomSessionOnLeave;

        /**
         * Whether the jitter buffer syncs audio and video (SignalWire's default: false).
         */
        private @Nullable Boolean syncAudioVideo;

        /**
         * Room metadata: a JSON object of at most 2000 characters once serialized. YAML numbers,
         * booleans, lists and nested maps keep their types; in .properties files and environment
         * variables every value is text.
         */
        private @Nullable Map<String, Object> roomMeta;

        /**
         * Member metadata: a JSON object of at most 2000 characters once serialized. YAML numbers,
         * booleans, lists and nested maps keep their types; in .properties files and environment
         * variables every value is text.
         */
        private @Nullable Map<String, Object> meta;

        public @Nullable List<String> getPermissions() {
            return this.permissions;
        }

        public void setPermissions(@Nullable List<String> permissions) {
            this.permissions = permissions;
        }

        public @Nullable SignalWireJoinAs getJoinAs() {
            return this.joinAs;
        }

        public void setJoinAs(@Nullable SignalWireJoinAs joinAs) {
            this.joinAs = joinAs;
        }

        public @Nullable SignalWireMediaAllowed getMediaAllowed() {
            return this.mediaAllowed;
        }

        public void setMediaAllowed(@Nullable SignalWireMediaAllowed mediaAllowed) {
            this.mediaAllowed = mediaAllowed;
        }

        public @Nullable Integer getRemoveAfterSecondsElapsed() {
            return this.removeAfterSecondsElapsed;
        }

        public void setRemoveAfterSecondsElapsed(@Nullable Integer removeAfterSecondsElapsed) {
            this.removeAfterSecondsElapsed = removeAfterSecondsElapsed;
        }

        public @Nullable Boolean getJoinAudioMuted() {
            return this.joinAudioMuted;
        }

        public void setJoinAudioMuted(@Nullable Boolean joinAudioMuted) {
            this.joinAudioMuted = joinAudioMuted;
        }

        public @Nullable Boolean getJoinVideoMuted() {
            return this.joinVideoMuted;
        }

        public void setJoinVideoMuted(@Nullable Boolean joinVideoMuted) {
            this.joinVideoMuted = joinVideoMuted;
        }

        public @Nullable Boolean getAutoCreateRoom() {
            return this.autoCreateRoom;
        }

        public void setAutoCreateRoom(@Nullable Boolean autoCreateRoom) {
            this.autoCreateRoom = autoCreateRoom;
        }

        public @Nullable Boolean getEnableRoomPreviews() {
            return this.enableRoomPreviews;
        }

        public void setEnableRoomPreviews(@Nullable Boolean enableRoomPreviews) {
            this.enableRoomPreviews = enableRoomPreviews;
        }

        public @Nullable String getRoomDisplayName() {
            return this.roomDisplayName;
        }

        public void setRoomDisplayName(@Nullable String roomDisplayName) {
            this.roomDisplayName = roomDisplayName;
        }

        public @Nullable Boolean getEndRoomSessionOnLeave() {
            return this.endRoomSessionOnLeave;
        }

        public void setEndRoomSessionOnLeave(@Nullable Boolean endRoomSessionOnLeave) {
            this.endRoomSessionOnLeave = endRoomSessionOnLeave;
        }

        public @Nullable Boolean getSyncAudioVideo() {
            return this.syncAudioVideo;
        }

        public void setSyncAudioVideo(@Nullable Boolean syncAudioVideo) {
            this.syncAudioVideo = syncAudioVideo;
        }

        public @Nullable Map<String, Object> getRoomMeta() {
            return this.roomMeta;
        }

        public void setRoomMeta(@Nullable Map<String, Object> roomMeta) {
            this.roomMeta = roomMeta;
        }

        public @Nullable Map<String, Object> getMeta() {
            return this.meta;
        }

        public void setMeta(@Nullable Map<String, Object> meta) {
            this.meta = meta;
        }
    }
}
