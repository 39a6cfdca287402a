/**
 * Vonage Video tokens (the Video API that was OpenTok): RS256 JSON Web Tokens that a Vonage
 * application signs in-process with its private key, so minting one sends nothing over the
 * network. A token names the application ({@code application_id}), the session it lets its holder
 * connect to ({@code session_id}, with the scope {@code session.connect}), the holder's role, its
 * issue and expiry times, a random id ({@code jti}), and optionally the connection data other
 * clients see and the initial layout classes of the holder's streams. The claims follow the
 * official {@code com.vonage:server-sdk}; the tests compare them with its tokens.
 */
@NullMarked
package dev.roomtoken.vonage;

import org.jspecify.annotations.NullMarked;
