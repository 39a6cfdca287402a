package dev.roomtoken.agora;

import dev.roomtoken.InvalidRoomTokenRequestException;
import org.jspecify.annotations.Nullable;

/**
 * Who a token is for, resolved from a request's identity: the text the token carries, and the join
 * detail that tells the client how to join ({@code uid} for an int uid, {@code userAccount} for a
 * user account).
 *
 * @param tokenUid the uid as the token carries it: an int uid in decimal, a user account as it is,
 * or the empty string for uid 0, which lets any user join
 * @param joinKey {@code uid} or {@code userAccount}
 * @param joinValue the int uid in decimal ({@code 0} for any user), or the user account
 */
record AgoraUser(String tokenUid, String joinKey, String joinValue) {

    /** The join detail of an int uid. */
    static final String UID = "uid";

    /** The join detail of a user account. */
    static final String USER_ACCOUNT = "userAccount";

    /** The largest int uid: Agora's uids are 32-bit unsigned. */
    static final long MAX_UID = 0xFFFF_FFFFL;

    /** uid 0: the token lets any user join, and Agora assigns the uid when the client joins. */
    static final AgoraUser ANY = new AgoraUser("", UID, "0");

    /**
     * Resolves a request's identity.
     * @param identity the identity, {@code null} for none
     * @param type how the identity becomes the user
     * @return the user
     * @throws InvalidRoomTokenRequestException if the identity is not what the type asks for, or
     * breaks Agora's rules for user accounts
     */
    static AgoraUser of(@Nullable String identity, AgoraUidType type) {
        if (identity == null) {
            if (type == AgoraUidType.USER_ACCOUNT) {
                throw new InvalidRoomTokenRequestException("identity",
                        "must be set when uidType is USER_ACCOUNT: an Agora user account cannot be empty");
            }
            return ANY;
        }
        if (type != AgoraUidType.USER_ACCOUNT && isIntUid(identity)) {
            return new AgoraUser(identity, UID, identity);
        }
        if (type == AgoraUidType.INT_UID) {
            throw new InvalidRoomTokenRequestException("identity", "must be an Agora int uid, a decimal number from 1 to "
                    + MAX_UID + " without sign or leading zeros, since uidType is INT_UID");
        }
        AgoraNames.checkUserAccount("identity", identity);
        return new AgoraUser(identity, USER_ACCOUNT, identity);
    }

    /**
     * Whether a text is an int uid as Agora's token builders write one: 1 to 4294967295 in decimal,
     * without sign or leading zeros.
     * @param text the text
     * @return whether the token's text for that int uid is the text itself
     */
    static boolean isIntUid(String text) {
        int length = text.length();
        if (length == 0 || length > 10 || text.charAt(0) < '1' || text.charAt(0) > '9') {
            return false;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value <= MAX_UID;
    }
}
