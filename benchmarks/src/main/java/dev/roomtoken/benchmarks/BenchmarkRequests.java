package dev.roomtoken.benchmarks;

import java.time.Duration;

import dev.roomtoken.RoomTokenRequest;

/**
 * The requests every benchmark sends, built afresh for each call as an application does.
 */
final class BenchmarkRequests {

    private BenchmarkRequests() {
    }

    /** A SignalWire request: a room, a user name and a 30-minute ttl. */
    static RoomTokenRequest signalWire() {
        return RoomTokenRequest.forRoom("standup").displayName("alice").ttl(Duration.ofMinutes(30)).build();
    }

    /** A Daily request: a room, a user name and a 30-minute ttl. */
    static RoomTokenRequest daily() {
        return RoomTokenRequest.forRoom("standup").displayName("alice").ttl(Duration.ofMinutes(30)).build();
    }

    /** A Telnyx request: the room's UUID, with the default ttls. */
    static RoomTokenRequest telnyx() {
        return RoomTokenRequest.forRoom(LocalProviderServer.ROOM_ID).build();
    }
}
