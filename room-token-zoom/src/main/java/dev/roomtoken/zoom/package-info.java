/**
 * Zoom Video SDK session tokens. A Video SDK client joins a session with a JSON Web Token that
 * the application's server signs itself with HS256, using the Video SDK key and secret of its Video
 * SDK app; Zoom has no token endpoint and publishes no Java server SDK. The claims, their names and
 * their bounds follow Zoom's authorization page,
 * <a href="https://developers.zoom.us/docs/video-sdk/auth/">developers.zoom.us/docs/video-sdk/auth</a>:
 * the session name ({@code tpc}), the role ({@code role_type}), a lifetime of 30 minutes to 48
 * hours, and the optional user key, session key, regions, recording and WebRTC settings. This
 * package holds the options, their rules and the issuer that signs them.
 */
@NullMarked
package dev.roomtoken.zoom;

import org.jspecify.annotations.NullMarked;
