package dev.roomtoken.http;

import java.io.ByteArrayInputStream;

/**
 * A body already read whole, which {@link JsonExchange} takes as it is instead of copying it.
 */
final class WholeBody extends ByteArrayInputStream {

    WholeBody(byte[] bytes) {
        super(bytes);
    }

    /**
     * The body's bytes, when nothing of it has been read yet.
     * @return the bytes, or {@code null} once reading has started
     */
    byte @org.jspecify.annotations.Nullable [] unread() {
        return (this.pos == 0) ? this.buf : null;
    }
}
