package dev.roomtoken.sample;

import java.time.Duration;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenOperations;
import dev.roomtoken.RoomTokenRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Mints the tokens users need to join a room, through the injected {@link RoomTokenOperations}.
 */
@Service
class JoinService {

    private final RoomTokenOperations roomTokens;

    JoinService(RoomTokenOperations roomTokens) {
        this.roomTokens = roomTokens;
    }

    RoomToken join(String room, @Nullable String identity, @Nullable String displayName, @Nullable Duration ttl) {
        return this.roomTokens.createToken(
                RoomTokenRequest.forRoom(room).identity(identity).displayName(displayName).ttl(ttl).build());
    }

    RoomToken refresh(String room, String refreshToken) {
        return this.roomTokens.refreshToken(room, refreshToken);
    }
}
