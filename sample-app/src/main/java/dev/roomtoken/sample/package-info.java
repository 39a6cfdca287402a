/**
 * A small web app that mints room tokens through {@link dev.roomtoken.RoomTokenTemplate}.
 */
@NullMarked
package dev.roomtoken.sample;

import org.jspecify.annotations.NullMarked;
