package dev.roomtoken.sample;

import dev.roomtoken.vonage.VonageMediaMode;
import dev.roomtoken.vonage.VonageSession;
import dev.roomtoken.vonage.VonageSessionOptions;
import dev.roomtoken.vonage.VonageSessions;
import dev.roomtoken.vonage.VonageTokenIssuer;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opens a Vonage Video room: {@code POST /api/vonage/sessions} creates a session (routed, through
 * the Media Router, unless {@code ?mediaMode=RELAYED}) and answers its id, the room that
 * {@code POST /api/rooms/{sessionId}/tokens?provider=vonage} then mints tokens for. An application
 * calls it once per room, when the room comes into being, and keeps the id.
 */
@RestController
class VonageSessionController {

    private final ProviderChoice providers;

    private final ObjectProvider<VonageSessions> sessions;

    VonageSessionController(ProviderChoice providers, ObjectProvider<VonageSessions> sessions) {
        this.providers = providers;
        this.sessions = sessions;
    }

    @PostMapping("/api/vonage/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    VonageSession create(@RequestParam(required = false) @Nullable VonageMediaMode mediaMode) {
        // a 400 naming the configured providers when Vonage is not one of them
        this.providers.choose(VonageTokenIssuer.PROVIDER);
        return this.sessions.getObject().createSession(VonageSessionOptions.builder()
            .mediaMode((mediaMode != null) ? mediaMode : VonageMediaMode.ROUTED)
            .build());
    }
}
