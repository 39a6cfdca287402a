package dev.roomtoken.vonage;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The reflection a native image needs to read the Video API's answers with Jackson: a created
 * session and the error body. Tokens are written from maps, which need none. Registered in
 * {@code META-INF/spring/aot.factories}.
 */
class VonageRuntimeHints implements RuntimeHintsRegistrar {

    private final BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        this.bindings.registerReflectionHints(hints.reflection(), VonageSessionAnswer.class, VonageErrorBody.class);
    }
}
