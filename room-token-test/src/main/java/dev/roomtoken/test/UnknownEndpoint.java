package dev.roomtoken.test;

import org.jspecify.annotations.Nullable;

/**
 * What the emulator answers on a path no provider claims: 404.
 */
final class UnknownEndpoint implements ProviderEndpoint {

    static final UnknownEndpoint INSTANCE = new UnknownEndpoint();

    private UnknownEndpoint() {
    }

    @Override
    public String name() {
        return "unknown";
    }

    @Override
    public boolean handles(String path) {
        return true;
    }

    @Override
    public EmulatorAnswer answer(String path, String method, @Nullable String authorization, String body) {
        return EmulatorAnswer.json(404, "{\"error\":\"Not Found\"}");
    }

    @Override
    public EmulatorAnswer failure(int status) {
        return EmulatorAnswer.json(status, "{\"error\":\"Emulated failure\"}");
    }
}
