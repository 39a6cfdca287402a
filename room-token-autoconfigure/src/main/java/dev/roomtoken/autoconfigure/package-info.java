/**
 * Spring Boot auto-configuration for room-token: {@code roomtoken.*} properties, the template
 * beans, and failure analysis for settings that cannot work.
 */
@NullMarked
package dev.roomtoken.autoconfigure;

import org.jspecify.annotations.NullMarked;
