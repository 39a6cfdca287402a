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

    /**
     * SignalWire space, as its name ("example") or host ("example.signalwire.com").
     * @return the space
     */
    public @Nullable String getSpace() {
        return this.space;
    }

    /**
     * SignalWire space, as its name ("example") or host ("example.signalwire.com").
     * @param space the space
     */
    public void setSpace(@Nullable String space) {
        this.space = space;
    }

    /**
     * Base URL of the SignalWire REST API; overrides the space (proxies, tests).
     * @return the base url
     */
    public @Nullable String getBaseUrl() {
        return this.baseUrl;
    }

    /**
     * Base URL of the SignalWire REST API; overrides the space (proxies, tests).
     * @param baseUrl the base url
     */
    public void setBaseUrl(@Nullable String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Project ID, the user name of HTTP Basic authentication.
     * @return the project id
     */
    public @Nullable String getProjectId() {
        return this.projectId;
    }

    /**
     * Project ID, the user name of HTTP Basic authentication.
     * @param projectId the project id
     */
    public void setProjectId(@Nullable String projectId) {
        this.projectId = projectId;
    }

    /**
     * API token with the Video scope, the password of HTTP Basic authentication.
     * @return the api token
     */
    public @Nullable String getApiToken() {
        return this.apiToken;
    }

    /**
     * API token with the Video scope, the password of HTTP Basic authentication.
     * @param apiToken the api token
     */
    public void setApiToken(@Nullable String apiToken) {
        this.apiToken = apiToken;
    }

    /**
     * Defaults for SignalWireTokenOptions; a request's own options override them.
     * @return the defaults
     */
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

        /**
         * Permissions to grant, as SignalWire's permission strings; left out, SignalWire's default permissions apply.
         * @return the permissions
         */
        public @Nullable List<String> getPermissions() {
            return this.permissions;
        }

        /**
         * Permissions to grant, as SignalWire's permission strings; left out, SignalWire's default permissions apply.
         * @param permissions the permissions
         */
        public void setPermissions(@Nullable List<String> permissions) {
            this.permissions = permissions;
        }

        /**
         * Whether users join as members or as audience.
         * @return the join as
         */
        public @Nullable SignalWireJoinAs getJoinAs() {
            return this.joinAs;
        }

        /**
         * Whether users join as members or as audience.
         * @param joinAs the join as
         */
        public void setJoinAs(@Nullable SignalWireJoinAs joinAs) {
            this.joinAs = joinAs;
        }

        /**
         * What media users may receive.
         * @return the media allowed
         */
        public @Nullable SignalWireMediaAllowed getMediaAllowed() {
            return this.mediaAllowed;
        }

        /**
         * What media users may receive.
         * @param mediaAllowed the media allowed
         */
        public void setMediaAllowed(@Nullable SignalWireMediaAllowed mediaAllowed) {
            this.mediaAllowed = mediaAllowed;
        }

        /**
         * Seconds after which a user is removed from the room, 0 to 200000.
         * @return the remove after seconds elapsed
         */
        public @Nullable Integer getRemoveAfterSecondsElapsed() {
            return this.removeAfterSecondsElapsed;
        }

        /**
         * Seconds after which a user is removed from the room, 0 to 200000.
         * @param removeAfterSecondsElapsed the remove after seconds elapsed
         */
        public void setRemoveAfterSecondsElapsed(@Nullable Integer removeAfterSecondsElapsed) {
            this.removeAfterSecondsElapsed = removeAfterSecondsElapsed;
        }

        /**
         * Whether users join with audio muted (SignalWire's default: false).
         * @return the join audio muted
         */
        public @Nullable Boolean getJoinAudioMuted() {
            return this.joinAudioMuted;
        }

        /**
         * Whether users join with audio muted (SignalWire's default: false).
         * @param joinAudioMuted the join audio muted
         */
        public void setJoinAudioMuted(@Nullable Boolean joinAudioMuted) {
            this.joinAudioMuted = joinAudioMuted;
        }

        /**
         * Whether users join with video muted (SignalWire's default: false).
         * @return the join video muted
         */
        public @Nullable Boolean getJoinVideoMuted() {
            return this.joinVideoMuted;
        }

        /**
         * Whether users join with video muted (SignalWire's default: false).
         * @param joinVideoMuted the join video muted
         */
        public void setJoinVideoMuted(@Nullable Boolean joinVideoMuted) {
            this.joinVideoMuted = joinVideoMuted;
        }

        /**
         * Whether joining creates a room that does not exist (SignalWire's default: true).
         * @return the auto create room
         */
        public @Nullable Boolean getAutoCreateRoom() {
            return this.autoCreateRoom;
        }

        /**
         * Whether joining creates a room that does not exist (SignalWire's default: true).
         * @param autoCreateRoom the auto create room
         */
        public void setAutoCreateRoom(@Nullable Boolean autoCreateRoom) {
            this.autoCreateRoom = autoCreateRoom;
        }

        /**
         * Whether an auto-created room gets a preview video (SignalWire's default: false).
         * @return the enable room previews
         */
        public @Nullable Boolean getEnableRoomPreviews() {
            return this.enableRoomPreviews;
        }

        /**
         * Whether an auto-created room gets a preview video (SignalWire's default: false).
         * @param enableRoomPreviews the enable room previews
         */
        public void setEnableRoomPreviews(@Nullable Boolean enableRoomPreviews) {
            this.enableRoomPreviews = enableRoomPreviews;
        }

        /**
         * Display name of an auto-created room, at most 200 characters (Unicode code points).
         * @return the room display name
         */
        public @Nullable String getRoomDisplayName() {
            return this.roomDisplayName;
        }

        /**
         * Display name of an auto-created room, at most 200 characters (Unicode code points).
         * @param roomDisplayName the room display name
         */
        public void setRoomDisplayName(@Nullable String roomDisplayName) {
            this.roomDisplayName = roomDisplayName;
        }

        /**
         * Whether the room session ends when the user leaves (SignalWire's default: false).
         * @return the end room session on leave
         */
        public @Nullable Boolean getEndRoomSessionOnLeave() {
            return this.endRoomSessionOnLeave;
        }

        /**
         * Whether the room session ends when the user leaves (SignalWire's default: false).
         * @param endRoomSessionOnLeave the end room session on leave
         */
        public void setEndRoomSessionOnLeave(@Nullable Boolean endRoomSessionOnLeave) {
            this.endRoomSessionOnLeave = endRoomSessionOnLeave;
        }

        /**
         * Whether the jitter buffer syncs audio and video (SignalWire's default: false).
         * @return the sync audio video
         */
        public @Nullable Boolean getSyncAudioVideo() {
            return this.syncAudioVideo;
        }

        /**
         * Whether the jitter buffer syncs audio and video (SignalWire's default: false).
         * @param syncAudioVideo the sync audio video
         */
        public void setSyncAudioVideo(@Nullable Boolean syncAudioVideo) {
            this.syncAudioVideo = syncAudioVideo;
        }

        /**
         * Room metadata: a JSON object of at most 2000 characters once serialized.
         * @return the room meta
         */
        public @Nullable Map<String, Object> getRoomMeta() {
            return this.roomMeta;
        }

        /**
         * Room metadata: a JSON object of at most 2000 characters once serialized.
         * @param roomMeta the room meta
         */
        public void setRoomMeta(@Nullable Map<String, Object> roomMeta) {
            this.roomMeta = roomMeta;
        }

        /**
         * Member metadata: a JSON object of at most 2000 characters once serialized.
         * @return the meta
         */
        public @Nullable Map<String, Object> getMeta() {
            return this.meta;
        }

        /**
         * Member metadata: a JSON object of at most 2000 characters once serialized.
         * @param meta the meta
         */
        public void setMeta(@Nullable Map<String, Object> meta) {
            this.meta = meta;
        }
    }
}
