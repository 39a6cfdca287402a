package dev.roomtoken.test;

import org.jspecify.annotations.Nullable;

/**
 * One provider's API on the emulator: which paths are its own, how it answers them, and how its
 * errors look. The emulator routes each request to the first provider that claims the path; the
 * journal and the fault queue are shared by all of them, so adding a provider is one new class.
 */
interface ProviderEndpoint {

    /** The name journaled for this provider's requests, for example {@code signalwire}. */
    String name();

    /** Whether the path (without its query) belongs to this provider. */
    boolean handles(String path);

    /** The provider's answer to a request on one of its paths. */
    EmulatorAnswer answer(String path, String method, @Nullable String authorization, String body);

    /** An error answer in this provider's own shape, for a fault that names only a status. */
    EmulatorAnswer failure(int status);
}
