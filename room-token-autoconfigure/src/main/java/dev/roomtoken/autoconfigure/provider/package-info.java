/**
 * The SPI that provider modules implement to join the auto-configuration: a
 * {@link dev.roomtoken.autoconfigure.provider.RoomTokenProvider} registered in the module's
 * {@code META-INF/spring.factories}, the {@link dev.roomtoken.autoconfigure.provider.ProviderConnection}
 * a REST provider's issuer is built with, and the shared checks of
 * {@link dev.roomtoken.autoconfigure.provider.ProviderSettings}. For provider modules, not for
 * applications.
 */
@NullMarked
package dev.roomtoken.autoconfigure.provider;

import org.jspecify.annotations.NullMarked;
