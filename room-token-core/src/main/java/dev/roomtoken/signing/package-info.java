/**
 * Support for provider modules whose tokens are signed in-process (LiveKit, Twilio Video, Zoom,
 * Daily's self-signed tokens, Vonage Video): compact JSON Web Signatures. Public so that provider
 * modules can reach it; not an API for applications.
 */
@NullMarked
package dev.roomtoken.signing;

import org.jspecify.annotations.NullMarked;
