package dev.roomtoken.signalwire;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The reflection a native image needs to write and read SignalWire's wire format with Jackson: the
 * request, answer and error records, their components and nested types. Registered in
 * {@code META-INF/spring/aot.factories}.
 */
class SignalWireRuntimeHints implements RuntimeHintsRegistrar {

    private final BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        this.bindings.registerReflectionHints(hints.reflection(), SignalWireTokenRequestBody.class,
                SignalWireTokenResponseBody.class, SignalWireErrorBody.class);
    }
}
