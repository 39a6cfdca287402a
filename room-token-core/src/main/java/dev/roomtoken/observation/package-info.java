/**
 * Micrometer Observation support: one {@code roomtoken.requests} observation per template call,
 * and the convention that names it and its key values.
 */
@NullMarked
package dev.roomtoken.observation;

import org.jspecify.annotations.NullMarked;
