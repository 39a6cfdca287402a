package dev.roomtoken.test;

import java.net.URI;
import java.util.Map;

/**
 * One provider's API on the {@link RoomTokenEmulator}: the paths that are its own, how it answers
 * them, how its errors look, and the settings that point an application at it. A REST provider's
 * module implements it, with an {@link EmulatorEndpointFactory} registered in the module's
 * {@code META-INF/spring.factories}; the emulator finds every registered endpoint when it starts,
 * so adding a provider changes nothing in this module.
 * <p>
 * The emulator routes each request to the first endpoint that {@link #handles(String) claims} its
 * path, journals it under the endpoint's {@link #name()}, and lets a queued {@link EmulatorFault}
 * take the answer's place; the journal and the fault queue are shared by every endpoint. An
 * endpoint is called from several threads at once.
 *
 * @since 0.1.0
 */
public interface EmulatorEndpoint {

    /**
     * The provider's name, lower case, as the auto-configuration knows it: its
     * {@code roomtoken.<name>.*} prefix, the value of {@code roomtoken.provider} that picks it, and
     * the {@link RecordedRequest#provider() provider} of its journaled requests.
     * @return for example {@code daily}
     */
    String name();

    /**
     * Whether a path belongs to this provider.
     * @param path the request's path, without its query
     * @return {@code true} when this endpoint answers it
     */
    boolean handles(String path);

    /**
     * The provider's answer to a request on one of its paths, as its API document defines it:
     * credentials checked (401 otherwise), every field validated, a token minted with
     * {@link EmulatorEndpointContext#tokens()}.
     * @param request the request
     * @return the answer
     */
    EmulatorAnswer answer(EmulatorRequest request);

    /**
     * An error answer in this provider's own shape, for a fault that names only a status
     * ({@link EmulatorFault#status(int)}).
     * @param status the status, from 100 to 599
     * @return the answer
     */
    EmulatorAnswer failure(int status);

    /**
     * The {@code roomtoken.<name>.*} properties that point an application at this endpoint: its
     * {@code base-url} and the credentials it accepts.
     * @param baseUrl the emulator's address, for example {@code http://127.0.0.1:54321}
     * @return the properties by full name, for example {@code roomtoken.daily.base-url} and
     * {@code roomtoken.daily.api-key}
     */
    Map<String, String> settings(URI baseUrl);
}
