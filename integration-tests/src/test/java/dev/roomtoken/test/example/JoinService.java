package dev.roomtoken.test.example;

import java.time.Duration;

import dev.roomtoken.RoomToken;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.RoomTokenTemplate;

import org.springframework.stereotype.Service;

/**
 * The service of the README's first example: it injects {@link RoomTokenTemplate} and mints tokens.
 */
@Service
class JoinService {

    private final RoomTokenTemplate roomTokens;

    JoinService(RoomTokenTemplate roomTokens) {
        this.roomTokens = roomTokens;
    }

    String tokenFor(String room, String user) {
        RoomToken token = this.roomTokens
            .createToken(RoomTokenRequest.forRoom(room).displayName(user).ttl(Duration.ofMinutes(30)).build());
        return token.token();
    }
}
