package dev.roomtoken.test;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The emulator's part for a provider whose tokens are signed in-process (LiveKit, Twilio Video,
 * Zoom, Agora, Vonage Video): no API to answer, only working credentials, so that an application
 * on the emulator can mint that provider's tokens without an account. The tokens are real, signed
 * with these random credentials, which no real provider accepts. A provider module returns one
 * from its {@link EmulatorEndpointFactory}, reading each credential through
 * {@link EmulatorEndpointContext#setting(String, java.util.function.Supplier)} so that a test can
 * fix it.
 *
 * @since 0.1.0
 */
public final class SigningCredentials implements EmulatorEndpoint {

    private final String name;

    private final Map<String, String> settings;

    /**
     * Credentials for one provider.
     * @param name the provider's name, for example {@code livekit}
     * @param settings its {@code roomtoken.<name>.*} credentials and addresses, by full name
     */
    public SigningCredentials(String name, Map<String, String> settings) {
        this.name = Objects.requireNonNull(name, "name");
        this.settings = new LinkedHashMap<>(settings);
    }

    @Override
    public String name() {
        return this.name;
    }

    /**
     * Claims no path: the provider has no API to emulate.
     * @param path the request's path
     * @return {@code false}
     */
    @Override
    public boolean handles(String path) {
        return false;
    }

    /**
     * Never called, as no path is this endpoint's.
     * @param request the request
     * @return a 404
     */
    @Override
    public EmulatorAnswer answer(EmulatorRequest request) {
        return EmulatorAnswer.notFound();
    }

    /**
     * Never called, as no path is this endpoint's.
     * @param status the status
     * @return an empty JSON object with that status
     */
    @Override
    public EmulatorAnswer failure(int status) {
        return EmulatorAnswer.json(status, "{}");
    }

    @Override
    public Map<String, String> settings(URI baseUrl) {
        return this.settings;
    }

    @Override
    public String toString() {
        return "SigningCredentials[" + this.name + "]";
    }
}
