package dev.roomtoken.test;

import java.net.URI;
import java.util.Map;

/**
 * What the emulator answers on a path no endpoint claims: 404.
 */
final class UnknownEndpoint implements EmulatorEndpoint {

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
    public EmulatorAnswer answer(EmulatorRequest request) {
        return EmulatorAnswer.notFound();
    }

    @Override
    public EmulatorAnswer failure(int status) {
        return EmulatorAnswer.json(status, "{\"error\":\"Emulated failure\"}");
    }

    @Override
    public Map<String, String> settings(URI baseUrl) {
        return Map.of();
    }
}
