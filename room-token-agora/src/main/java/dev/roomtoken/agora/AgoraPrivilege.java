package dev.roomtoken.agora;

/**
 * The privileges of AccessToken2's RTC service, by their number in the token.
 */
enum AgoraPrivilege {

    JOIN_CHANNEL(1), PUBLISH_AUDIO_STREAM(2), PUBLISH_VIDEO_STREAM(3), PUBLISH_DATA_STREAM(4);

    private final short key;

    AgoraPrivilege(int key) {
        this.key = (short) key;
    }

    /**
     * The privilege's key in the token's privilege map.
     * @return 1 to 4
     */
    short key() {
        return this.key;
    }
}
