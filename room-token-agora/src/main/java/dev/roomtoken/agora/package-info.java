/**
 * Agora RTC tokens: AccessToken2, the {@code "007"} token that Agora's Video SDKs take to join a
 * channel, signed in-process with the project's app certificate, so minting one sends nothing over
 * the network. A token is {@code "007"} followed by the base64 of the zlib-deflated signature and
 * signing info: the app id, the issue time, the token's expiry in seconds after it, a random salt,
 * and the RTC service with its privileges (join the channel, publish audio, video and data
 * streams, each with its own expiry), the channel name and the user's uid or user account. The
 * signature is an HMAC-SHA256 of the signing info with a key derived from the app certificate, the
 * issue time and the salt. The format follows Agora's open-source token builders
 * ({@code AgoraIO/Tools}, {@code DynamicKey/AgoraDynamicKey}); the tests check it byte for byte
 * against {@code io.agora:authentication}.
 */
@NullMarked
package dev.roomtoken.agora;

import org.jspecify.annotations.NullMarked;
