package dev.roomtoken;

import java.util.Objects;

/**
 * The central class of room-token: mints and refreshes room tokens through one provider's
 * {@link RoomTokenClient}. Thread-safe; one instance serves the whole application. In a Spring
 * Boot application it is auto-configured from {@code roomtoken.*} properties; elsewhere, create
 * one from a provider's client:
 *
 * <pre>{@code
 * RoomTokenTemplate roomTokens = new RoomTokenTemplate(SignalWireRoomTokenClient.builder()
 *         .space("example").projectId(projectId).apiToken(apiToken).build());
 * }</pre>
 */
public class RoomTokenTemplate implements RoomTokenOperations {

    private final RoomTokenClient client;

    /**
     * Creates a template that talks to the provider behind the given client.
     * @param client the provider's client
     */
    public RoomTokenTemplate(RoomTokenClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public RoomToken createToken(RoomTokenRequest request) {
        Objects.requireNonNull(request, "request");
        return this.client.prepareCreate(request).execute();
    }

    @Override
    public RoomToken refreshToken(RoomToken previous) {
        Objects.requireNonNull(previous, "previous");
        if (!previous.provider().equals(this.client.provider())) {
            throw new IllegalArgumentException("The token was issued by " + previous.provider()
                    + ", but this template talks to " + this.client.provider());
        }
        return this.client.prepareRefresh(previous.room(), previous.refreshToken(), previous.refreshTokenExpiresAt())
            .execute();
    }

    @Override
    public RoomToken refreshToken(String room, String refreshToken) {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(refreshToken, "refreshToken");
        return this.client.prepareRefresh(room, refreshToken, null).execute();
    }

    @Override
    public String provider() {
        return this.client.provider();
    }

    @Override
    public String toString() {
        return "RoomTokenTemplate[provider=" + this.client.provider() + "]";
    }
}
