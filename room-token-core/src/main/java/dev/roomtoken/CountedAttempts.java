package dev.roomtoken;

import org.springframework.core.retry.Retryable;

/**
 * One call's attempts: executes the prepared exchange and counts how often it was sent.
 */
final class CountedAttempts implements Retryable<RoomToken> {

    private final RoomTokenClient.RoomTokenCall call;

    private final String name;

    private int count;

    CountedAttempts(RoomTokenClient.RoomTokenCall call, String name) {
        this.call = call;
        this.name = name;
    }

    @Override
    public RoomToken execute() {
        this.count++;
        return this.call.execute();
    }

    @Override
    public String getName() {
        return this.name;
    }

    int count() {
        return this.count;
    }
}
