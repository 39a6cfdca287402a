package dev.roomtoken.agora;

/**
 * What a token lets its holder do in the channel, as Agora's token builders name it.
 *
 * @since 0.1.0
 */
public enum AgoraRole {

    /**
     * Joins the channel and publishes audio, video and data streams: the token carries all four
     * RTC privileges. Agora's recommended role, and the default.
     */
    PUBLISHER,

    /**
     * Joins the channel only: the token carries the join privilege and no publish privilege.
     * Agora enforces the difference only where co-host authentication is enabled for the project;
     * elsewhere a subscriber may publish like a publisher.
     */
    SUBSCRIBER
}
