package dev.roomtoken.telnyx;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The reflection a native image needs to write and read Telnyx's wire format with Jackson: the
 * create and refresh bodies, the token answer and the error records, their components and nested
 * types. Registered in {@code META-INF/spring/aot.factories}.
 */
class TelnyxRuntimeHints implements RuntimeHintsRegistrar {

    private final BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        this.bindings.registerReflectionHints(hints.reflection(), TelnyxCreateTokenBody.class,
                TelnyxRefreshTokenBody.class, TelnyxTokenResponseBody.class, TelnyxErrorBody.class);
    }
}
