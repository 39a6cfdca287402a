/**
 * Daily meeting tokens. A token lets one user into one Daily room and configures what they may do
 * there. Daily mints it with {@code POST /meeting-tokens} and the domain's API key
 * (<a href="https://docs.daily.co/reference/rest-api/meeting-tokens/create-meeting-token">create meeting token</a>),
 * or the application signs it itself, as an HS256 JSON Web Token keyed with the same API key, under
 * Daily's abbreviated property names
 * (<a href="https://docs.daily.co/reference/rest-api/meeting-tokens/self-signing-tokens">self-signing tokens</a>).
 * This package holds the options both modes share, their rules, the wire format, Daily's error
 * parsing and the issuer.
 */
@NullMarked
package dev.roomtoken.daily;

import org.jspecify.annotations.NullMarked;
