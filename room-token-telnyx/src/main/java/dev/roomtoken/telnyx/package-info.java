/**
 * Telnyx room client tokens ({@code generate_join_client_token} and
 * {@code refresh_client_token}): the options Telnyx takes, its wire format, its client and its
 * error parsing.
 */
@NullMarked
package dev.roomtoken.telnyx;

import org.jspecify.annotations.NullMarked;
