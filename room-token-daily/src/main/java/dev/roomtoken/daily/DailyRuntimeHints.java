package dev.roomtoken.daily;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The reflection a native image needs to read Daily's answers with Jackson: the token answer and
 * the error body. The request body is written from maps, which need none. Registered in
 * {@code META-INF/spring/aot.factories}.
 */
class DailyRuntimeHints implements RuntimeHintsRegistrar {

    private final BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        this.bindings.registerReflectionHints(hints.reflection(), DailyTokenResponseBody.class, DailyErrorBody.class);
    }
}
