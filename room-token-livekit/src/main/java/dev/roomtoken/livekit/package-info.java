/**
 * LiveKit access tokens, signed in-process. A LiveKit client joins a room with a JSON Web Token
 * signed with HS256 by the application's API secret: the API key as {@code iss}, the participant's
 * identity as {@code sub}, and a {@code video} grant naming the room and what the participant may
 * do there. No call to LiveKit is made; the client needs the token and the server's
 * {@code wss://} URL, which {@link dev.roomtoken.livekit.LiveKitTokenIssuer} gives as the join
 * detail {@code serverUrl}. The claim names, types and omission rules follow LiveKit's server SDKs
 * and the server's own {@code auth.ClaimGrants}.
 */
@NullMarked
package dev.roomtoken.livekit;

import org.jspecify.annotations.NullMarked;
