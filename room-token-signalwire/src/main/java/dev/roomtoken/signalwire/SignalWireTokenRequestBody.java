package dev.roomtoken.signalwire;

import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The JSON body of {@code POST /api/video/room_tokens}. Names are pinned here, and unset fields
 * are left out so that SignalWire's defaults apply.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SignalWireTokenRequestBody(@JsonProperty("room_name") String roomName,
        @JsonProperty("user_name") @Nullable String userName,
        @JsonProperty("permissions") @Nullable Collection<String> permissions,
        @JsonProperty("join_from") @Nullable String joinFrom, @JsonProperty("join_until") @Nullable String joinUntil,
        @JsonProperty("remove_at") @Nullable String removeAt,
        @JsonProperty("remove_after_seconds_elapsed") @Nullable Integer removeAfterSecondsElapsed,
        @JsonProperty("join_audio_muted") @Nullable Boolean joinAudioMuted,
        @JsonProperty("join_video_muted") @Nullable Boolean joinVideoMuted,
        @JsonProperty("auto_create_room") @Nullable Boolean autoCreateRoom,
        @JsonProperty("enable_room_previews") @Nullable Boolean enableRoomPreviews,
        @JsonProperty("room_display_name") @Nullable String roomDisplayName,
        @JsonProperty("end_room_session_on_leave") @Nullable Boolean endRoomSessionOnLeave,
        @JsonProperty("join_as") @Nullable String joinAs, @JsonProperty("media_allowed") @Nullable String mediaAllowed,
        @JsonProperty("room_meta") @Nullable Map<String, Object> roomMeta,
        @JsonProperty("meta") @Nullable Map<String, Object> meta,
        @JsonProperty("sync_audio_video") @Nullable Boolean syncAudioVideo) {
}
