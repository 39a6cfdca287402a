/**
 * SignalWire video room tokens ({@code POST /api/video/room_tokens}): the options SignalWire
 * takes, its wire format, its client and its error parsing.
 */
@NullMarked
package dev.roomtoken.signalwire;

import org.jspecify.annotations.NullMarked;
