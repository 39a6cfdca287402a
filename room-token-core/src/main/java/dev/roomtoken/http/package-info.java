/**
 * HTTP plumbing shared by the provider packages: one JSON exchange, its answer, and the JSON
 * mapper that pins the wire format. Public only so that provider packages can reach it; not an
 * API for applications.
 */
@NullMarked
package dev.roomtoken.http;

import org.jspecify.annotations.NullMarked;
