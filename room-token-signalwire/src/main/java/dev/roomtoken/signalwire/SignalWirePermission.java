package dev.roomtoken.signalwire;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The permissions SignalWire knows for a video room token, each with its wire value. Use
 * {@link SignalWireTokenOptionsBuilder#permissions(SignalWirePermission...)}; a permission
 * string that SignalWire adds later and this enum does not know yet can still be sent with
 * {@link SignalWireTokenOptionsBuilder#permissionValues(String...)}.
 *
 * @see <a href="https://developer.signalwire.com/rest/overview/permissions">SignalWire permissions</a>
 *
 * @since 0.1.0
 */
public enum SignalWirePermission {

    /** Hide the videos of members with muted video. */
    ROOM_HIDE_VIDEO_MUTED("room.hide_video_muted"),

    /** Show the videos of members with muted video. */
    ROOM_SHOW_VIDEO_MUTED("room.show_video_muted"),

    /** Get a list of available layouts. */
    ROOM_LIST_AVAILABLE_LAYOUTS("room.list_available_layouts"),

    /** Lock the room so that no one else can join. */
    ROOM_LOCK("room.lock"),

    /** Unlock the room. */
    ROOM_UNLOCK("room.unlock"),

    /** Play custom video streams in the room. */
    ROOM_PLAYBACK("room.playback"),

    /** Seek within a playback in the room. */
    ROOM_PLAYBACK_SEEK("room.playback_seek"),

    /** Prioritize members with a raised hand in the layout. */
    ROOM_PRIORITIZE_HANDRAISE("room.prioritize_handraise"),

    /** Record the room and obtain access to the recordings. */
    ROOM_RECORDING("room.recording"),

    /** Set the current layout. */
    ROOM_SET_LAYOUT("room.set_layout"),

    /** Set the position for multiple members at once. */
    ROOM_SET_POSITION("room.set_position"),

    /** Set the metadata for multiple members at once. */
    ROOM_SET_META("room.set_meta"),

    /** Start and control outbound streams. */
    ROOM_STREAM("room.stream"),

    /** Start outbound streams. */
    ROOM_STREAM_START("room.stream.start"),

    /** Mute the audio of any member in the room. */
    ROOM_MEMBER_AUDIO_MUTE("room.member.audio_mute"),

    /** Unmute the audio of any member in the room. */
    ROOM_MEMBER_AUDIO_UNMUTE("room.member.audio_unmute"),

    /** Mute the video of any member in the room. */
    ROOM_MEMBER_VIDEO_MUTE("room.member.video_mute"),

    /** Unmute the video of any member in the room. */
    ROOM_MEMBER_VIDEO_UNMUTE("room.member.video_unmute"),

    /** Deaf the audio of any member in the room. */
    ROOM_MEMBER_DEAF("room.member.deaf"),

    /** Undeaf the audio of any member in the room. */
    ROOM_MEMBER_UNDEAF("room.member.undeaf"),

    /** Set the audio input volume of any member in the room. */
    ROOM_MEMBER_SET_INPUT_VOLUME("room.member.set_input_volume"),

    /** Set the audio output volume of any member in the room. */
    ROOM_MEMBER_SET_OUTPUT_VOLUME("room.member.set_output_volume"),

    /** Set the audio input sensitivity of any member in the room. */
    ROOM_MEMBER_SET_INPUT_SENSITIVITY("room.member.set_input_sensitivity"),

    /** Set the position in the layout of any member in the room. */
    ROOM_MEMBER_SET_POSITION("room.member.set_position"),

    /** Set the metadata of any member in the room. */
    ROOM_MEMBER_SET_META("room.member.set_meta"),

    /** Raise the hand of any member in the room. */
    ROOM_MEMBER_RAISEHAND("room.member.raisehand"),

    /** Lower the hand of any member in the room. */
    ROOM_MEMBER_LOWERHAND("room.member.lowerhand"),

    /** Remove any member from the room. */
    ROOM_MEMBER_REMOVE("room.member.remove"),

    /** Promote a participant from audience to member. */
    ROOM_MEMBER_PROMOTE("room.member.promote"),

    /** Demote a participant from member to audience. */
    ROOM_MEMBER_DEMOTE("room.member.demote"),

    /** Mute one's own audio. */
    ROOM_SELF_AUDIO_MUTE("room.self.audio_mute"),

    /** Unmute one's own audio. */
    ROOM_SELF_AUDIO_UNMUTE("room.self.audio_unmute"),

    /** Mute one's own video. */
    ROOM_SELF_VIDEO_MUTE("room.self.video_mute"),

    /** Unmute one's own video. */
    ROOM_SELF_VIDEO_UNMUTE("room.self.video_unmute"),

    /** Deaf one's own audio. */
    ROOM_SELF_DEAF("room.self.deaf"),

    /** Undeaf one's own audio. */
    ROOM_SELF_UNDEAF("room.self.undeaf"),

    /** Set one's own audio input volume. */
    ROOM_SELF_SET_INPUT_VOLUME("room.self.set_input_volume"),

    /** Set one's own audio output volume. */
    ROOM_SELF_SET_OUTPUT_VOLUME("room.self.set_output_volume"),

    /** Set one's own audio input sensitivity. */
    ROOM_SELF_SET_INPUT_SENSITIVITY("room.self.set_input_sensitivity"),

    /** Set one's own position in the layout. */
    ROOM_SELF_SET_POSITION("room.self.set_position"),

    /** Set one's own metadata. */
    ROOM_SELF_SET_META("room.self.set_meta"),

    /** Raise one's own hand. */
    ROOM_SELF_RAISEHAND("room.self.raisehand"),

    /** Lower one's own hand. */
    ROOM_SELF_LOWERHAND("room.self.lowerhand"),

    /** Share one's screen. */
    ROOM_SELF_SCREENSHARE("room.self.screenshare"),

    /** Add more devices to stream several sources. */
    ROOM_SELF_ADDITIONAL_SOURCE("room.self.additional_source");

    private static final Map<String, SignalWirePermission> BY_WIRE_VALUE = Stream.of(values())
        .collect(Collectors.toUnmodifiableMap(SignalWirePermission::wireValue, Function.identity()));

    private final String wireValue;

    SignalWirePermission(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * The string SignalWire expects in {@code permissions}.
     * @return for example {@code room.self.audio_mute}
     */
    public String wireValue() {
        return this.wireValue;
    }

    /**
     * Finds the constant for a wire value.
     * @param wireValue for example {@code room.self.audio_mute}
     * @return the constant, or {@code null} if this enum does not know the value
     */
    public static @Nullable SignalWirePermission fromWireValue(String wireValue) {
        return BY_WIRE_VALUE.get(wireValue);
    }
}
