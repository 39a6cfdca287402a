package dev.roomtoken.livekit;

/**
 * The yes-or-no permissions of LiveKit's {@code video} grant, with their claim names, in the order
 * a token writes them.
 */
enum LiveKitGrant {

    ROOM_JOIN("roomJoin"),

    ROOM_CREATE("roomCreate"),

    ROOM_LIST("roomList"),

    ROOM_RECORD("roomRecord"),

    ROOM_ADMIN("roomAdmin"),

    INGRESS_ADMIN("ingressAdmin"),

    CAN_PUBLISH("canPublish"),

    CAN_SUBSCRIBE("canSubscribe"),

    CAN_PUBLISH_DATA("canPublishData"),

    CAN_UPDATE_OWN_METADATA("canUpdateOwnMetadata"),

    HIDDEN("hidden"),

    RECORDER("recorder"),

    AGENT("agent");

    private final String claimName;

    LiveKitGrant(String claimName) {
        this.claimName = claimName;
    }

    String claimName() {
        return this.claimName;
    }
}
