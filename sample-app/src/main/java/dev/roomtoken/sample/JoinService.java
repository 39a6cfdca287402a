package dev.roomtoken.sample;

import java.time.Duration;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Mints the tokens users need to join a room, through the primary template or, when a request
 * names another configured provider, through that provider's.
 */
@Service
class JoinService {

    private final ProviderChoice providers;

    JoinService(ProviderChoice providers) {
        this.providers = providers;
    }

    RoomToken join(@Nullable String provider, String room, @Nullable String identity, @Nullable String displayName,
            @Nullable Duration ttl) {
        return this.providers.choose(provider)
            .createToken(RoomTokenRequest.forRoom(room).identity(identity).displayName(displayName).ttl(ttl).build());
    }

    RoomToken refresh(@Nullable String provider, String room, String refreshToken) {
        return this.providers.choose(provider).refreshToken(room, refreshToken);
    }
}
