package dev.roomtoken.agora;

/**
 * How a request's identity becomes the user in an Agora token. Agora names a user either by an
 * int uid (a 32-bit unsigned number, joined with {@code joinChannel}) or by a user account (a
 * string, joined with {@code joinChannelWithUserAccount}); the token carries both as the same
 * decimal text, so the client must join the way the token was meant for. The join details say
 * which: {@code uid} for an int uid, {@code userAccount} for a user account.
 *
 * @since 0.1.0
 */
public enum AgoraUidType {

    /**
     * An identity written as an int uid, a decimal number from 1 to 4294967295 without sign or
     * leading zeros (for example {@code 42}), becomes that int uid; any other identity (for example
     * {@code u-42}, {@code 042} or {@code 0}) becomes a user account. The default.
     */
    AUTO,

    /**
     * The identity must be an int uid, a decimal number from 1 to 4294967295 without sign or
     * leading zeros; anything else is refused.
     */
    INT_UID,

    /**
     * The identity always becomes a user account, even when it looks like a number; a request
     * without an identity is refused, since a user account cannot be empty.
     */
    USER_ACCOUNT
}
