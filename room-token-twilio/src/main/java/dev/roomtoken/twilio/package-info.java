/**
 * Twilio Video access tokens, signed in-process. A Twilio Video client connects to a room with a
 * JSON Web Token signed with HS256 by an API key's secret: header {@code cty} {@code twilio-fpa;v=1}
 * (and {@code twr} with a region), the API key SID as {@code iss}, the account SID as {@code sub},
 * a {@code jti} made of the key SID and the signing second, and the {@code grants} claim with the
 * participant's {@code identity} and a {@code video} grant naming the room. No call to Twilio is
 * made, and the token is all a client needs: {@link dev.roomtoken.twilio.TwilioTokenIssuer} gives no
 * join details. The format follows Twilio's helper library for Java
 * ({@code com.twilio.jwt.accesstoken.AccessToken}).
 */
@NullMarked
package dev.roomtoken.twilio;

import org.jspecify.annotations.NullMarked;
